package dev.readinglist.ui.export;

import dev.readinglist.library.SettingsFile;
import dev.readinglist.model.ExportFormat;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.export.ExportViewModel.Scope;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Export dialog's choices from one session to the next: read from the settings folder's
 * {@code export.properties} when the window opens, written after each export. The articles chosen
 * are kept only when the user picked them; otherwise they follow the format, as on first use. Files
 * are read and written off the FX thread.
 */
public final class ExportChoices {

    static final String FILE = "export.properties";

    private final Background background;
    private final ExportViewModel model;
    private volatile SettingsFile saved;

    private ExportChoices(Background background, ExportViewModel model) {
        this.background = background;
        this.model = model;
    }

    /** Starts reading the last choices into {@code model}; a missing or unreadable file leaves the defaults. */
    public static ExportChoices follow(ExportViewModel model, Background background, Path settingsFolder) {
        ExportChoices choices = new ExportChoices(background, model);
        background.run(
                () -> SettingsFile.load(settingsFolder.resolve(FILE)),
                file -> {
                    choices.saved = file;
                    choices.restore(file);
                },
                Background.ignoreFailure("the defaults stay; the next export writes the file anew"));
        return choices;
    }

    private void restore(SettingsFile file) {
        enumOf(ExportFormat.class, file.get("format", "")).ifPresent(model.formatProperty()::set);
        enumOf(Scope.class, file.get("scope", ""))
                .filter(scope -> scope != Scope.SELECTED)
                .ifPresent(model::chooseScope);
        model.byteOrderMarkProperty().set(!"false".equals(file.get("byte-order-mark", "true")));
        model.formulaGuardProperty().set(!"false".equals(file.get("formula-guard", "true")));
    }

    /** Keeps the choices an export was just made with. FX thread; writes off it. */
    public void exported() {
        SettingsFile file = saved;
        if (file == null) {
            return;
        }
        String format = model.formatProperty().get().name();
        // The selected rows are this session's: the next one starts with other rows selected, or none.
        Scope picked = model.scopeProperty().get();
        String scope = model.scopeChosen() && picked != Scope.SELECTED ? picked.name() : null;
        String bom = String.valueOf(model.byteOrderMarkProperty().get());
        String guard = String.valueOf(model.formulaGuardProperty().get());
        background.run(
                () -> {
                    file.put("format", format);
                    if (scope == null) {
                        file.remove("scope");
                    } else {
                        file.put("scope", scope);
                    }
                    file.put("byte-order-mark", bom);
                    file.put("formula-guard", guard);
                    file.save();
                    return null;
                },
                done -> {},
                Background.ignoreFailure("the choices are kept for this session only"));
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name) {
        try {
            return name.isEmpty() ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
