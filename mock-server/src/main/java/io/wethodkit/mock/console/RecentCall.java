package io.wethodkit.mock.console;

/**
 * One call to the list endpoint as the console shows it.
 *
 * @param sequence its number, counting from 1 since the server started
 * @param epochMillis when it was answered
 * @param identity the name of the identity its token authenticated, or null
 * @param query the raw query string (still percent-encoded), empty if none
 * @param status the status answered
 * @param micros how long the emulation took, in microseconds
 * @param cause why it was refused (one of the contract's error causes), or null
 */
public record RecentCall(
    long sequence,
    long epochMillis,
    String identity,
    String query,
    int status,
    long micros,
    String cause) {}
