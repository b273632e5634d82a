package dev.ssprpreflight.admin;

import java.lang.reflect.Proxy;
import java.util.Arrays;

/** The console's texts as their keys and arguments ("scanProgressCount [12, 29]"), for unit tests without the application. */
final class KeyTexts {

    private KeyTexts() {
    }

    static AdminMessages admin() {
        return (AdminMessages) Proxy.newProxyInstance(AdminMessages.class.getClassLoader(),
                new Class<?>[] { AdminMessages.class },
                (proxy, method, args) -> method.getName() + (args == null ? "" : " " + Arrays.toString(args)));
    }
}
