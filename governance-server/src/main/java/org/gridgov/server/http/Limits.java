package org.gridgov.server.http;

import java.time.Duration;

/**
 * The bounds that keep one client from taking the server: worker threads, requests waiting for one, the largest
 * body read, and how long a shutdown waits for requests in flight.
 *
 * @param threads  worker threads (2 or more)
 * @param queue    requests that may wait for a worker before new ones are answered {@code 503}
 * @param maxBody  the largest request body in bytes; a larger one is answered {@code 413} unread
 * @param shutdown how long {@code stop} waits for requests in flight
 */
public record Limits(int threads, int queue, int maxBody, Duration shutdown) {
    public Limits {
        if (threads < 2 || queue < 1 || maxBody < 1) {
            throw new IllegalArgumentException("threads >= 2, queue >= 1 and maxBody >= 1: " + threads + ", " + queue
                    + ", " + maxBody);
        }
    }

    /** 16 threads, 256 waiting, 64 KiB bodies, 10 s to finish on shutdown. */
    public static Limits standard() {
        return new Limits(16, 256, 64 * 1024, Duration.ofSeconds(10));
    }
}
