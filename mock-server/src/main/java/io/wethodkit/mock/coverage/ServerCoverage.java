package io.wethodkit.mock.coverage;

import io.wethodkit.contract.Contract;
import io.wethodkit.mock.client.Coverage;
import io.wethodkit.mock.client.MockCoverage;
import io.wethodkit.mock.endpoint.ProjectsEndpoint;
import io.wethodkit.mock.store.MockState;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The coverage of one mock, read in-process: the recorder's counts, and for each behaviour never
 * met a request that meets it on the state as it is when read.
 */
public final class ServerCoverage implements MockCoverage {

  private final CoverageRecorder recorder;
  private final ReadyRequests ready;
  private final MockState state;
  private final boolean recording;

  /**
   * @param recording whether {@code recorder} is told of the calls (when not, nothing is ever
   *     covered, and the answer says so)
   */
  public ServerCoverage(
      Contract contract,
      CoverageRecorder recorder,
      ProjectsEndpoint endpoint,
      MockState state,
      boolean recording) {
    this.recorder = recorder;
    this.ready = new ReadyRequests(contract, recorder.behaviours(), endpoint);
    this.state = state;
    this.recording = recording;
  }

  /** The id of every behaviour, in order (without reading the calls or the data). */
  public List<String> ids() {
    return recorder.behaviours().all().stream().map(Behaviour::id).toList();
  }

  /** Whether calls are recorded. */
  public boolean recording() {
    return recording;
  }

  @Override
  public Coverage current() {
    Tally tally = recorder.tally();
    Behaviours behaviours = recorder.behaviours();
    BitSet never = new BitSet();
    long[] calls = new long[behaviours.size()];
    Coverage.Example[] examples = new Coverage.Example[behaviours.size()];
    for (int i = 0; i < behaviours.size(); i++) {
      examples[i] = tally.example(i);
      calls[i] = tally.calls(i);
      if (examples[i] == null) {
        never.set(i);
      }
    }
    Map<Integer, ReadyRequests.Found> found = ready.find(state.snapshot(), never);
    List<Coverage.Behaviour> out = new ArrayList<>(behaviours.size());
    for (Behaviour behaviour : behaviours.all()) {
      int i = behaviour.index();
      ReadyRequests.Found how = found.get(i);
      out.add(
          new Coverage.Behaviour(
              behaviour.id(),
              behaviour.family(),
              behaviour.description(),
              examples[i] != null,
              examples[i] == null ? 0 : Math.max(1, calls[i]),
              examples[i],
              how == null ? null : how.request(),
              how == null ? null : how.cannotMeet()));
    }
    return new Coverage(recording, tally.since().toString(), null, out);
  }

  @Override
  public void reset() {
    recorder.reset();
  }
}
