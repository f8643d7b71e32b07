package org.piu.targeting.workbench.assessment;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.piu.targeting.workbench.base.api.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Bounds how many flights are assessed at once. On 2 cores more parallel assessments only add latency to all of
 * them; a pipeline that is told "429, retry after N s" can back off, one whose requests time out cannot.
 */
class AdmissionControl {

    private final Semaphore permits;
    private final Duration queueWait;
    private final int retryAfterSeconds;

    AdmissionControl(int concurrentAssessments, Duration queueWait, int retryAfterSeconds) {
        if (concurrentAssessments < 1) {
            throw new IllegalArgumentException("piu.assessment.max-concurrent must be at least 1");
        }
        this.permits = new Semaphore(concurrentAssessments, true);
        this.queueWait = queueWait;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public <T> T admit(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SaturatedException(retryAfterSeconds);
        }
        if (!admitted) {
            throw new SaturatedException(retryAfterSeconds);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Too many assessments in flight: the caller answers 429 with Retry-After. */
    public static class SaturatedException extends ProblemException {
        private final int retryAfterSeconds;

        public SaturatedException(int retryAfterSeconds) {
            super(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many assessments in progress",
                    "the assessment service is saturated: retry after " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }

        @Override
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
            return headers;
        }
    }
}
