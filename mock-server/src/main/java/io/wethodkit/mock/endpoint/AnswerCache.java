package io.wethodkit.mock.endpoint;

import io.wethodkit.mock.store.Dataset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers already worked out, reused while the data snapshot, the raw query and the headers the
 * emulation reads are the same: the answer is a function of those alone. An answer is kept only
 * when the emulation read no header but the {@code keyHeaders} and did not fail; it is served only
 * from the very snapshot it was worked out from, so any change of the state (a write, a reset, a
 * new dataset, an identity or its permissions) stops its reuse. Bounded in entries and in body
 * bytes: when full, it starts again empty.
 */
final class AnswerCache {

  /** The entries kept at most. */
  static final int MAX_ENTRIES = 256;

  /** The body bytes kept at most, all entries together. */
  static final long MAX_BYTES = 4L << 20;

  /** One answer, its trace and the snapshot both came from. */
  record Entry(Dataset data, Answer answer, Trace trace) {}

  private final String[] keyHeaders;
  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  AnswerCache(List<String> keyHeaders) {
    this.keyHeaders = keyHeaders.toArray(String[]::new);
  }

  /** The key of {@code request}: its raw query and the values of the key headers. */
  Key key(EndpointRequest request) {
    String[] values = new String[keyHeaders.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = request.header(keyHeaders[i]);
    }
    return new Key(request.rawQuery(), keyHeaders, values, request);
  }

  /** The entry of {@code key} worked out from {@code data}, or null. */
  Entry get(Key key, Dataset data) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (entry.data() != data) {
      // The state changed: no kept answer is current any more.
      clear();
      return null;
    }
    return entry;
  }

  /**
   * Keeps {@code answer} for {@code key}, worked out from {@code data}, unless the emulation read
   * another header, failed, or the answer is too large to keep.
   */
  void put(Key key, Dataset data, Answer answer, Trace trace) {
    key.detach();
    if (key.readOther || answer.status() >= 500 || answer.body().length > MAX_BYTES / 16) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES || bytes.addAndGet(answer.body().length) > MAX_BYTES) {
      clear();
      bytes.addAndGet(answer.body().length);
    }
    entries.put(key, new Entry(data, answer, trace));
  }

  /** Forgets every kept answer. */
  void clear() {
    entries.clear();
    bytes.set(0);
  }

  int size() {
    return entries.size();
  }

  /**
   * A request as the cache tells requests apart, and as the emulation reads it while working out an
   * answer to keep: the key headers from the values taken, any other header from the live request
   * (which makes the answer one not to keep). Once kept, it no longer refers to the live request.
   */
  static final class Key implements EndpointRequest {
    private final String rawQuery;
    private final String[] names;
    private final String[] values;
    private final int hash;
    private EndpointRequest live;
    private volatile boolean readOther;

    private Key(String rawQuery, String[] names, String[] values, EndpointRequest live) {
      this.rawQuery = rawQuery;
      this.names = names;
      this.values = values;
      this.live = live;
      this.hash = 31 * rawQuery.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String rawQuery() {
      return rawQuery;
    }

    @Override
    public String header(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equalsIgnoreCase(name)) {
          return values[i];
        }
      }
      readOther = true;
      EndpointRequest request = live;
      return request == null ? null : request.header(name);
    }

    @Override
    public String method() {
      EndpointRequest request = live;
      return request == null ? EndpointRequest.super.method() : request.method();
    }

    private void detach() {
      live = null;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && hash == key.hash
          && rawQuery.equals(key.rawQuery)
          && Arrays.equals(values, key.values);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      EndpointRequest request = live;
      return request == null ? "?" + rawQuery : request.toString();
    }
  }
}
