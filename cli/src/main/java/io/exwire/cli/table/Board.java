package io.exwire.cli.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything the table shows: the public groups, the account panels and a short activity log. Thread-safe. */
public final class Board {

    private static final int ACTIVITY_LINES = 5;

    private final String title;
    private final List<MarketGroup> markets = new CopyOnWriteArrayList<>();
    private final List<AccountPanel> accounts = new CopyOnWriteArrayList<>();
    private final Deque<String> activity = new ArrayDeque<>();

    /**
     * @param title the first line, e.g. {@code exwire demo · seed 1}
     */
    public Board(String title) {
        this.title = title;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /**
     * @param group a public component's rows
     * @return the group
     */
    public MarketGroup add(MarketGroup group) {
        markets.add(group);
        return group;
    }

    /**
     * @param panel a private component's panel
     * @return the panel
     */
    public AccountPanel add(AccountPanel panel) {
        accounts.add(panel);
        return panel;
    }

    /** @return the public groups */
    public List<MarketGroup> markets() {
        return markets;
    }

    /** @return the account panels */
    public List<AccountPanel> accounts() {
        return accounts;
    }

    /** @param line a line for the activity log (the newest few are kept) */
    public synchronized void activity(String line) {
        activity.addFirst(line);
        while (activity.size() > ACTIVITY_LINES) {
            activity.removeLast();
        }
    }

    /** @return the activity log, newest first */
    public synchronized List<String> recentActivity() {
        return new ArrayList<>(activity);
    }
}
