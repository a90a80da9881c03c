package org.huiying.support.kafka;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * For bookkeeping that must not run ahead of the store: what a listener notes about a record (how far a partition
 * has been read) is noted once the events the poll's records caused are stored ({@link PollInOneUnitOfWork}), and
 * not at all if they are not.
 */
public final class AfterThePoll {

    private AfterThePoll() {
    }

    /** Runs the action once the current poll's unit of work has committed; at once outside one. */
    public static void run(Runnable action) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(poll -> action.run());
        } else {
            action.run();
        }
    }
}
