package io.exwire.cli;

/** The help texts. */
final class Usage {

    static final String DEMO = """
              exwire demo    [--duration 30s] [--seed N]
                  Starts Gate.io and MEXC simulators (spot and futures) in-process, connects public and private
                  websockets to them through the exwire api, simulates account activity and shows a live table.
            """;

    static final String STREAM = """
              exwire stream  --venue gateio|mexc --market spot|futures --symbols BTC/USDT,ETH/USDT
                             [--channels book,trades,bbo,ticker] [--book-depth 10]
                             [--ws-url URL] [--rest-url URL] [--format table|jsonl]
                             [--duration 30s] [--max-events N]
                  Public market data. --channels defaults to all four; --book-depth is the levels per side
                  printed for book events.
            """;

    static final String ACCOUNT = """
              exwire account --venue gateio|mexc --market spot|futures [--user-id ID]
                             [--ws-url URL] [--rest-url URL] [--format table|jsonl]
                             [--duration 30s] [--max-events N]
                  The account's private stream: orders, fills, balances, positions. Credentials are read from
                  the environment only: EXWIRE_API_KEY and EXWIRE_API_SECRET. --user-id is the Gate.io user id
                  needed by its futures stream (looked up over REST when omitted).
            """;

    static final String COMMON = """
            Options:
              --ws-url URL     replaces the venue websocket URL as a whole (default: production)
              --rest-url URL   replaces the REST root, scheme://host:port (default: production)
              --format         table (default; redrawn in place on a terminal, snapshots otherwise) or jsonl
                               (one JSON object per line on stdout, see docs/jsonl.md)
              --duration       30s, 500ms, 2m, 1h, or seconds; default: until Ctrl-C
              --max-events N   stop normally after N market or account events

            Exit codes: 0 normal end, 1 unexpected failure, 2 usage or configuration error,
                        3 authentication failed, 4 could not connect
            """;

    static final String ALL = "exwire - live crypto-exchange streams through the exwire api\n\nUsage:\n"
            + DEMO + STREAM + ACCOUNT + "  exwire help\n\n" + COMMON;

    private Usage() {
    }

    /**
     * @param command a command name
     * @return its help
     */
    static String of(String command) {
        return switch (command) {
            case "demo" -> "Usage:\n" + DEMO;
            case "stream" -> "Usage:\n" + STREAM + "\n" + COMMON;
            case "account" -> "Usage:\n" + ACCOUNT + "\n" + COMMON;
            default -> ALL;
        };
    }
}
