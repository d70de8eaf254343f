package org.cyberbench.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cyberbench.IntegrationTest;
import org.cyberbench.TestUsers;
import org.cyberbench.course.CatalogFilter;
import org.cyberbench.course.CourseLevel;
import org.cyberbench.identity.Role;
import org.cyberbench.identity.UserAccount;
import org.cyberbench.scorm.internal.ScormRuntime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

/**
 * SCORM packages from upload to a learner's record, with Rustici's Golf packages: checked and
 * previewed, imported, listed, launched, committed to, resumed; a SCORM 2004 attempt that ends
 * starts afresh next time; nothing another learner sends is taken; bad uploads leave nothing.
 */
@IntegrationTest
class ScormPackagesTest {

    @Autowired
    ScormPackages packages;
    @Autowired
    ScormRuntime runtime;
    @Autowired
    TestUsers testUsers;
    @Value("${cyberbench.scorm.storage}")
    Path storage;
    @TempDir
    Path work;

    UserAccount editor;
    UserAccount learner;

    @BeforeEach
    void people() {
        editor = testUsers.create("Edda Editor", Role.CONTENT_EDITOR);
        learner = testUsers.create("Lucia Learner", Role.LEARNER);
    }

    @Test
    void aScorm12PackageIsPreviewedImportedListedAndItsDataResumedWhereTheLearnerStopped() {
        ScormPreview preview = testUsers.as(editor, () -> packages.inspect(ScormTestPackages.zip(ScormTestPackages.GOLF_12, work), "golf.zip"));
        assertThat(preview.scormVersion()).isEqualTo(ScormVersion.SCORM_12);
        assertThat(preview.title()).isEqualTo("Golf Explained - Run-time Basic Calls");
        assertThat(preview.launchPath()).isEqualTo("shared/launchpage.html");
        assertThat(preview.fileCount()).isEqualTo(ScormTestPackages.files(ScormTestPackages.GOLF_12).size());
        assertThat(preview.notices()).extracting(ScormNotice::key).containsExactly("scorm.notice.missingFiles");
        assertThat(testUsers.as(learner, () -> packages.catalogue(CatalogFilter.all()))).extracting(ScormPackage::title)
                .doesNotContain("Golf for judges " + preview.token());

        ScormPackage imported = testUsers.as(editor, () -> packages.importPackage(preview.token(),
                new PackageDetails("Golf for judges " + preview.token(), "A package from elsewhere.", "en", CourseLevel.INTRODUCTORY)));
        assertThat(storage.resolve(preview.token()).resolve("shared/launchpage.html")).isRegularFile();
        assertThat(storage.resolve("staging").resolve(preview.token())).doesNotExist();
        assertThat(testUsers.as(learner, () -> packages.catalogue(new CatalogFilter(null, CourseLevel.INTRODUCTORY, "en", "golf for judges"))))
                .extracting(ScormPackage::id).contains(imported.id());
        assertThat(testUsers.as(learner, () -> packages.catalogue(new CatalogFilter(null, CourseLevel.ADVANCED, null, null))))
                .extracting(ScormPackage::id).doesNotContain(imported.id());

        ScormRuntime.Launch first = testUsers.as(learner, () -> runtime.launch(imported.id()));
        assertThat(first.values()).containsEntry("cmi.core.entry", "ab-initio").containsEntry("cmi.core.lesson_status", "not attempted")
                .containsEntry("cmi.core.student_name", "Lucia Learner").containsEntry("cmi.core.total_time", "0000:00:00.00");
        assertThat(first.contentPath()).isEqualTo(preview.token() + "/shared/launchpage.html");

        ScormRuntime.Committed stored = testUsers.as(learner, () -> runtime.commit(first.attemptId(), 1,
                values("cmi.core.lesson_location", "3", "cmi.core.lesson_status", "incomplete"), false));
        assertThat(stored.applied()).isTrue();
        assertThat(testUsers.as(learner, () -> runtime.commit(first.attemptId(), 1, values("cmi.core.lesson_location", "0"), false)).applied())
                .as("a repeated commit is not stored twice, and never goes back").isFalse();
        testUsers.as(learner, () -> runtime.commit(first.attemptId(), 2,
                values("cmi.core.session_time", "0000:01:30", "cmi.core.exit", "suspend"), true));

        LearnerProgress progress = testUsers.as(learner, () -> packages.myProgress(imported.id())).orElseThrow();
        assertThat(progress.completion()).isEqualTo(Completion.INCOMPLETE);
        assertThat(progress.totalSeconds()).isEqualTo(90);
        assertThat(progress.resumable()).isTrue();
        assertThat(progress.everCompleted()).isFalse();

        ScormRuntime.Launch again = testUsers.as(learner, () -> runtime.launch(imported.id()));
        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.values()).containsEntry("cmi.core.entry", "resume").containsEntry("cmi.core.lesson_location", "3")
                .containsEntry("cmi.core.total_time", "0000:01:30.00").doesNotContainKey("cmi.core.exit");
        assertThat(again.sequence()).isEqualTo(2);

        testUsers.as(learner, () -> runtime.commit(first.attemptId(), 3,
                values("cmi.core.lesson_status", "passed", "cmi.core.score.raw", "85"), true));
        assertThat(testUsers.as(learner, () -> packages.myRecord())).filteredOn(p -> p.packageId() == imported.id()).singleElement()
                .satisfies(p -> {
                    assertThat(p.everCompleted()).isTrue();
                    assertThat(p.success()).isEqualTo(Success.PASSED);
                    assertThat(p.scorePercent()).isEqualTo(85);
                });
    }

    @Test
    void whatTheDataModelRefusesIsDroppedAndTheRestKeptAndNobodyElseMayWriteToTheAttempt() {
        ScormPackage golf = imported(ScormTestPackages.GOLF_12);
        ScormRuntime.Launch launch = testUsers.as(learner, () -> runtime.launch(golf.id()));

        ScormRuntime.Committed committed = testUsers.as(learner, () -> runtime.commit(launch.attemptId(), 1,
                values("cmi.core.lesson_status", "brilliant", "cmi.core.student_id", "someone-else", "cmi.core.lesson_location", "5"), false));

        assertThat(committed.refused()).containsExactlyInAnyOrder("cmi.core.lesson_status", "cmi.core.student_id");
        assertThat(testUsers.as(learner, () -> runtime.launch(golf.id())).values()).containsEntry("cmi.core.lesson_location", "5")
                .containsEntry("cmi.core.lesson_status", "not attempted").containsEntry("cmi.core.student_id", "cyberbench-" + learner.id());

        UserAccount other = testUsers.create("Otto Other", Role.LEARNER);
        assertThatThrownBy(() -> testUsers.as(other, () -> runtime.commit(launch.attemptId(), 9,
                values("cmi.core.lesson_status", "passed"), true))).isInstanceOf(AccessDeniedException.class);
        assertThat(testUsers.as(other, () -> packages.myProgress(golf.id()))).isEmpty();
        assertThatThrownBy(() -> testUsers.as(learner, () -> packages.inspect(ScormTestPackages.zip(ScormTestPackages.GOLF_12, work), "x.zip")))
                .as("only editors import").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aScorm2004AttemptThatEndsIsKeptAndTheNextLaunchStartsANewOne() {
        ScormPackage golf = imported(ScormTestPackages.GOLF_2004);
        assertThat(golf.scormVersion()).isEqualTo(ScormVersion.SCORM_2004);
        ScormRuntime.Launch first = testUsers.as(learner, () -> runtime.launch(golf.id()));
        assertThat(first.values()).containsEntry("cmi.entry", "ab-initio").containsEntry("cmi._version", "1.0")
                .containsEntry("cmi.learner_id", "cyberbench-" + learner.id());

        testUsers.as(learner, () -> runtime.commit(first.attemptId(), 1, values("cmi.location", "14", "cmi.completion_status", "completed",
                "cmi.success_status", "passed", "cmi.score.scaled", "0.9", "cmi.session_time", "PT2M", "cmi.exit", "",
                "adl.nav.request", "exitAll"), true));

        ScormRuntime.Launch second = testUsers.as(learner, () -> runtime.launch(golf.id()));
        assertThat(second.attemptId()).isNotEqualTo(first.attemptId());
        assertThat(second.values()).containsEntry("cmi.entry", "ab-initio").doesNotContainKey("cmi.location")
                .containsEntry("cmi.total_time", "PT0S");
        LearnerProgress progress = testUsers.as(learner, () -> packages.myProgress(golf.id())).orElseThrow();
        assertThat(progress.attempts()).isEqualTo(2);
        assertThat(progress.everCompleted()).as("the first attempt's completion stays on the record").isTrue();
        assertThat(progress.totalSeconds()).isEqualTo(120);
    }

    @Test
    void aRefusedUploadLeavesNothingBehindAndAnInvalidDescriptionKeepsThePreview() throws IOException {
        Path slip = work.resolve("slip.zip");
        try (OutputStream file = Files.newOutputStream(slip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("imsmanifest.xml"));
            out.write("<manifest/>".getBytes());
            out.putNextEntry(new ZipEntry("../../escaped.html"));
            out.write("gotcha".getBytes());
        }
        long stagedBefore = staged();

        assertThatThrownBy(() -> testUsers.as(editor, () -> packages.inspect(slip, "slip.zip"))).isInstanceOf(ScormPackageException.class)
                .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.unsafeEntry"));
        assertThat(staged()).isEqualTo(stagedBefore);
        assertThat(storage.getParent().resolve("escaped.html")).doesNotExist();

        ScormPreview preview = testUsers.as(editor, () -> packages.inspect(ScormTestPackages.zip(ScormTestPackages.GOLF_12, work), "golf.zip"));
        assertThatThrownBy(() -> testUsers.as(editor, () -> packages.importPackage(preview.token(),
                new PackageDetails(" ", "summary", "en", CourseLevel.INTRODUCTORY)))).isInstanceOf(ConstraintViolationException.class);
        assertThat(storage.resolve("staging").resolve(preview.token())).as("still there for a corrected try").isDirectory();
        testUsers.as(editor, () -> packages.discard(preview.token()));
        assertThat(storage.resolve("staging").resolve(preview.token())).doesNotExist();
    }

    private ScormPackage imported(String name) {
        ScormPreview preview = testUsers.as(editor, () -> packages.inspect(ScormTestPackages.zip(name, work), name + ".zip"));
        return testUsers.as(editor, () -> packages.importPackage(preview.token(),
                new PackageDetails("Golf " + preview.token(), "Golf.", "en", CourseLevel.INTRODUCTORY)));
    }

    private long staged() throws IOException {
        Path staging = storage.resolve("staging");
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (var entries = Files.list(staging)) {
            return entries.count();
        }
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }
}
