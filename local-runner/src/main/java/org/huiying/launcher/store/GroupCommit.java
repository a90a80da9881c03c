package org.huiying.launcher.store;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a write durable before the Mongo-protocol server acknowledges it. H2's MVStore keeps changes in memory and
 * writes them to its file about once a second, so a kill -9 or a power cut lost the last second of writes the
 * services had seen succeed (and whose Kafka offsets they had committed). Every write command now waits until a
 * commit, followed by an fsync of the file, covers it. One committer thread does the commits: while one is being
 * written, the writes that arrive meanwhile are covered together by the next (group commit), so the cost is one
 * commit per batch of concurrent writes, not one per write.
 */
public final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final MVStore store;
    private final boolean sync;
    private final Thread committer;
    private long requested;
    private long durable;
    private boolean closed;
    private RuntimeException failure;

    /** @param sync also force the file to the disk (power cuts), not only to the operating system (process crashes) */
    public GroupCommit(MVStore store, boolean sync) {
        this.store = store;
        this.sync = sync;
        this.committer = new Thread(this::loop, "mongo-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /** Returns once every change made before this call is in the file. */
    public void awaitDurable() {
        synchronized (this) {
            long mine = ++requested;
            notifyAll();
            while (durable < mine && !closed) {
                if (failure != null) {
                    throw failure;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the store to commit", e);
                }
            }
        }
    }

    private void loop() {
        while (true) {
            long target;
            synchronized (this) {
                while (requested == durable && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                target = requested;
            }
            try {
                store.commit();
                if (sync) {
                    store.sync();
                }
                synchronized (this) {
                    durable = target;
                    failure = null;
                    notifyAll();
                }
            } catch (RuntimeException e) {
                log.error("Committing the Mongo data file failed; writes wait for the next commit", e);
                synchronized (this) {
                    failure = e;
                    notifyAll();
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        committer.interrupt();
    }
}
