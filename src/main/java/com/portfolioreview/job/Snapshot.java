package com.portfolioreview.job;

import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.ingest.ExportReading;
import com.portfolioreview.portfolio.PortfolioInputs;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One value a step hands to a later step, by name and form: the export readings and the merged
 * inputs in their serialised form (their compact forms are in {@code portfolio} and
 * {@code ingest}), the review as JSON, so that the finance model of {@code analysis} and
 * {@code decision} stays plain records. On disk each is preceded by {@link SnapshotFormat}'s header.
 */
public record Snapshot<T>(String name, Class<T> type, Form form) {

    /** {@code merge-inputs} → {@code review}, {@code publish}. */
    public static final Snapshot<PortfolioInputs> INPUTS = new Snapshot<>("inputs", PortfolioInputs.class, Form.SERIALISED);
    /** {@code review} → {@code publish}. */
    public static final Snapshot<PortfolioReview> REVIEW = new Snapshot<>("review", PortfolioReview.class, Form.JSON);

    /**
     * A partition of {@code ingest} → {@code merge-inputs}: the reading of an export, by its name
     * relative to the input directory, as an ASCII file name of at most 131 bytes with its suffix,
     * which every common file system holds (255 bytes on most, 143 on eCryptfs).
     */
    public static Snapshot<ExportReading> export(String relativeName) {
        String name = "export-" + FittedName.of(URLEncoder.encode(relativeName, StandardCharsets.UTF_8), 120);
        return new Snapshot<>(name, ExportReading.class, Form.SERIALISED);
    }

    void write(Object value, OutputStream out) throws IOException {
        form.write(value, out);
    }

    T read(InputStream in) throws IOException, ClassNotFoundException {
        return type.cast(form.read(type, in));
    }

    /** How a value is written after the header. */
    public enum Form {
        /** Java serialisation, for the large aggregates with compact serialised forms of their own. */
        SERIALISED {
            @Override
            void write(Object value, OutputStream out) throws IOException {
                ObjectOutputStream objects = new ObjectOutputStream(out);
                objects.writeObject(value);
                objects.flush();
            }

            @Override
            Object read(Class<?> type, InputStream in) throws IOException, ClassNotFoundException {
                return new ObjectInputStream(in).readObject();
            }
        },
        /** JSON of the value's record components, exact for every decimal. */
        JSON {
            @Override
            void write(Object value, OutputStream out) {
                MAPPER.writeValue(out, value);
            }

            @Override
            Object read(Class<?> type, InputStream in) {
                return MAPPER.readValue(in, type);
            }
        };

        private static final JsonMapper MAPPER = JsonMapper.builder().build();

        abstract void write(Object value, OutputStream out) throws IOException;

        abstract Object read(Class<?> type, InputStream in) throws IOException, ClassNotFoundException;
    }
}
