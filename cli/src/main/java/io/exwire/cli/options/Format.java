package io.exwire.cli.options;

import io.exwire.cli.control.UsageException;

/** How events are shown: a live table, or one JSON object per line. */
public enum Format {
    /** A table refreshed in place on a terminal, printed as snapshots otherwise. */
    TABLE,
    /** One JSON object per event and line on stdout (docs/jsonl.md). */
    JSONL;

    /**
     * @param text {@code table} or {@code jsonl}
     * @return the format
     * @throws UsageException for anything else
     */
    public static Format parse(String text) {
        return switch (text) {
            case "table" -> TABLE;
            case "jsonl" -> JSONL;
            default -> throw new UsageException("--format must be table or jsonl but was '" + text + "'");
        };
    }
}
