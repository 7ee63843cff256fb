package nl.brabant.regiotafel.bench;

/**
 * What one simulated person carries between requests: the open page, a counter for saves, and the
 * time and outcome of the request in progress (two checks report them, in whichever order Gatling
 * runs them; the second one records the step).
 */
public final class UserState {
    public VaadinUi ui;
    public int saves;
    private Long millis;
    private String outcome;

    synchronized void time(String step, long t) {
        millis = t;
        recordIfComplete(step);
    }

    synchronized String outcome(String step, String result) {
        outcome = result;
        recordIfComplete(step);
        return result;
    }

    private void recordIfComplete(String step) {
        if (millis != null && outcome != null) {
            StepTimes.record(step, millis, "ok".equals(outcome));
            millis = null;
            outcome = null;
        }
    }
}
