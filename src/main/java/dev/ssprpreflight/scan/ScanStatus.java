package dev.ssprpreflight.scan;

/** Where a scan stands. Only a {@link #COMPLETE} scan has a result; a failed one never counts as one. */
public enum ScanStatus {
    RUNNING,
    COMPLETE,
    FAILED
}
