package org.irtiqa.analytics.readiness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The answers already computed, by what they were computed from: a key holds the cells' version
 * (and whatever else the answer read), so an answer is reused exactly while nothing it depends on
 * moved, and a change is a new key. Least recently used answers go first beyond {@value #SIZE}.
 * Answers are immutable.
 */
@Component
class ViewCache {

    private static final int SIZE = 512;

    private final Map<Object, Object> answers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > SIZE;
        }
    });

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        Object answer = answers.get(key);
        if (answer == null) {
            answer = compute.get();
            answers.put(key, answer);
        }
        return (T) answer;
    }
}
