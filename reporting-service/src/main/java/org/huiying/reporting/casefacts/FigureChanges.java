package org.huiying.reporting.casefacts;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/** A version number that moves whenever a figure may have changed, so derived views know when to refresh. */
@Component
public class FigureChanges {

    private final AtomicLong version = new AtomicLong();

    public void changed() {
        version.incrementAndGet();
    }

    public long version() {
        return version.get();
    }
}
