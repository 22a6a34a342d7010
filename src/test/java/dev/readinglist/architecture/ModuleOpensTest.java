package dev.readinglist.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.readinglist.Main;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path, where everything is open; the app runs as a module, where FXML
 * can inject a controller's fields only in packages the module opens to javafx.fxml.
 */
class ModuleOpensTest {

    @Test
    void everyPackageWithAnFxmlControllerIsOpenToFxml() throws Exception {
        Set<String> controllers = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.readinglist")
                        .stream()
                        .filter(ModuleOpensTest::usesFxml)
                        .map(JavaClass::getPackageName)
                        .collect(Collectors.toCollection(TreeSet::new));
        ModuleDescriptor module;
        Path classes = Path.of(
                Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        Set<String> opened = module.opens().stream()
                .filter(open -> open.targets().contains("javafx.fxml"))
                .map(ModuleDescriptor.Opens::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(controllers, opened);
    }

    private static boolean usesFxml(JavaClass type) {
        return type.getFields().stream().anyMatch(f -> f.isAnnotatedWith("javafx.fxml.FXML"))
                || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("javafx.fxml.FXML"));
    }
}
