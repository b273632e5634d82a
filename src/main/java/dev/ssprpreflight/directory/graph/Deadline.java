package dev.ssprpreflight.directory.graph;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.microsoft.kiota.RequestOption;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A check's deadline, carried on each Graph request so that the HTTP client gives up when the check's
 * budget runs out. Kiota turns request options into OkHttp request tags; the interceptor reads the tag
 * and shortens the connect, read and write timeouts to what is left.
 */
record Deadline(Instant at) implements RequestOption {

    /** Time left, never negative. */
    Duration remaining() {
        Duration left = Duration.between(Instant.now(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    boolean passed() {
        return !Instant.now().isBefore(at);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends RequestOption> Class<T> getType() {
        return (Class<T>) Deadline.class;
    }

    /** Applies the request's deadline to the socket timeouts of that one call. */
    static final class Interceptor implements okhttp3.Interceptor {

        @Override
        public Response intercept(okhttp3.Interceptor.Chain chain) throws IOException {
            Deadline deadline = chain.request().tag(Deadline.class);
            if (deadline == null) {
                return chain.proceed(chain.request());
            }
            long millis = deadline.remaining().toMillis();
            if (millis <= 0) {
                throw new InterruptedIOException("the check's deadline passed before the request was sent");
            }
            int timeout = (int) Math.min(millis, Integer.MAX_VALUE);
            okhttp3.Interceptor.Chain limited = chain
                    .withConnectTimeout(timeout, TimeUnit.MILLISECONDS)
                    .withReadTimeout(timeout, TimeUnit.MILLISECONDS)
                    .withWriteTimeout(timeout, TimeUnit.MILLISECONDS);
            return limited.proceed(chain.request());
        }
    }
}
