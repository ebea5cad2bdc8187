/**
 * Starting a run (SPEC §4): the command line, the locks that keep two runs apart (file locks,
 * the PostgreSQL advisory lock), the guards on the embedded database, the choice between a new
 * run, a resumed one and "nothing to do", and the exit codes. Runs the job of
 * {@code com.portfolioreview.job}; nothing there depends on this package.
 */
package com.portfolioreview.launch;
