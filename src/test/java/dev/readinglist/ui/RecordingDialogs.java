package dev.readinglist.ui;

import dev.readinglist.ui.common.Dialogs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Dialogs for view-model tests: what was said is recorded ("header: text" per dialog, the text of
 * a notice), and the answers are the ones a test queued; with none queued, the user cancels.
 */
public final class RecordingDialogs implements Dialogs {

    private final List<String> said = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private Optional<Action> lastAction = Optional.empty();

    /** Queues the user's next answer: a Boolean for confirm, a String for ask, a choice for choose. */
    public RecordingDialogs answer(Object answer) {
        answers.add(answer);
        return this;
    }

    public List<String> said() {
        return said;
    }

    /** The action the last notice offered (Undo…). */
    public Optional<Action> lastAction() {
        return lastAction;
    }

    @Override
    public boolean confirm(String header, String text, String yes, boolean destructive) {
        said.add(header + ": " + text + " [" + yes + (destructive ? ", not the default" : "") + "]");
        return Boolean.TRUE.equals(answers.poll());
    }

    @Override
    public Optional<Boolean> either(String header, String text, String first, String second) {
        said.add(header);
        return answers.poll() instanceof Boolean given ? Optional.of(given) : Optional.empty();
    }

    @Override
    public void inform(String header, String text) {
        said.add(header + ": " + text);
    }

    @Override
    public void error(String header, String text) {
        said.add(header + ": " + text);
    }

    @Override
    public void notice(String text, Optional<Action> action) {
        said.add(text);
        lastAction = action;
    }

    @Override
    public Optional<String> ask(
            String header,
            String text,
            String initial,
            List<String> suggestions,
            Function<String, Optional<String>> problem) {
        said.add(header + ": " + text);
        Object answer = answers.poll();
        // The real dialog cannot be answered while the text has a problem.
        return answer instanceof String given && problem.apply(given).isEmpty() ? Optional.of(given) : Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String header, String text, List<T> choices) {
        said.add(header + ": " + text);
        Object answer = answers.poll();
        return answer != null && choices.contains(answer) ? Optional.of((T) answer) : Optional.empty();
    }
}
