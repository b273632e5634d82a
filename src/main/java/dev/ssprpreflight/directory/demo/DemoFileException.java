package dev.ssprpreflight.directory.demo;

/** The demo tenant file cannot be used; the message names the file and the entry at fault. */
final class DemoFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DemoFileException(String file, String problem) {
        super("Demo tenant file " + file + ": " + problem);
    }

    DemoFileException(String file, String entry, String problem) {
        this(file, entry + ": " + problem);
    }
}
