package dev.ssprpreflight.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The directory's answer to a live look at a user's methods.
 *
 * @param methods the methods, or empty when the directory declined or failed
 * @param requestIds the directory's request ids, for correlation
 */
public record MethodsAnswer(Optional<Set<AuthMethod>> methods, List<String> requestIds) {

    public MethodsAnswer {
        methods = methods.map(Set::copyOf);
        requestIds = List.copyOf(requestIds);
    }

    public static MethodsAnswer declined(List<String> requestIds) {
        return new MethodsAnswer(Optional.empty(), requestIds);
    }
}
