package io.wethodkit.mock.admin.task;

/** What a family of tasks acts on; it also says how invalid input is keyed. */
public interface TaskContext {

  /** The key of a 400, the same as the endpoint's own (the contract's). */
  String invalidKey();
}
