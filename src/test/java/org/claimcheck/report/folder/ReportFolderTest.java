package org.claimcheck.report.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportFolderTest {

    private static final Map<String, String> OLD = orderedSet("old");
    private static final Map<String, String> NEW = orderedSet("new");
    /** A pid above Linux's largest (2^22), so never a live process. */
    private static final long DEAD_PID = 999_999_999L;

    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("out");
    }

    private static Map<String, String> orderedSet(String generation) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : List.of("report.json", "report.md", "report.html", "claimreview.jsonld", "TEST-claims.xml")) {
            files.put(name, generation + " " + name + " ✓\n");
        }
        return files;
    }

    /** Every file of a folder with its bytes as text, the marker aside. */
    static Map<String, String> reports(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(ReportFolder.MARKER)).toList()) {
                contents.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return contents;
    }

    private List<String> parentListing() throws IOException {
        try (Stream<Path> files = Files.list(parent)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void should_create_the_folder_with_the_set_and_a_marker_listing_it() throws Exception {
        ReportFolder.replace(parent.resolve("a/b/out"), NEW);
        Path out = parent.resolve("a/b/out");
        assertThat(reports(out)).isEqualTo(new TreeMap<>(NEW));
        assertThat(Files.readString(out.resolve(ReportFolder.MARKER))).isEqualTo("# claimcheck report set: "
                + "claimcheck replaces this folder as a whole; its files:\nreport.json\nreport.md\nreport.html\n"
                + "claimreview.jsonld\nTEST-claims.xml\n");
    }

    @Test
    void should_replace_a_previous_set_whole_dropping_the_files_its_marker_lists() throws Exception {
        Map<String, String> withExtra = new LinkedHashMap<>(OLD);
        withExtra.put("report-full.md", "old full\n");
        ReportFolder.replace(out(), withExtra);
        // when
        ReportFolder.replace(out(), NEW);
        // then
        assertThat(reports(out())).isEqualTo(new TreeMap<>(NEW));
        assertThat(parentListing()).containsExactly("out");
    }

    static IntStream everyStep() throws Exception {
        return IntStream.rangeClosed(1, stepsOfAReplacement().size());
    }

    /** create staging, 5 writes and the marker, move out aside, move staging in: 9 steps. */
    private static List<String> stepsOfAReplacement() throws Exception {
        Path folder = Files.createTempDirectory("report-folder-steps");
        FailingDisk disk = FailingDisk.never();
        ReportFolder.replace(folder.resolve("out"), OLD);
        ReportFolder.replace(folder.resolve("out"), NEW, disk);
        SystemDisk.INSTANCE.deleteTree(folder);
        return disk.steps();
    }

    @Test
    void should_take_the_steps_of_a_staged_swap() throws Exception {
        List<String> steps = stepsOfAReplacement();
        assertThat(steps).hasSize(9);
        assertThat(steps.get(0)).matches("create \\.claimcheck-new-[0-9]+-[0-9]+-out");
        assertThat(steps.subList(1, 7)).containsExactly("write report.json", "write report.md", "write report.html",
                "write claimreview.jsonld", "write TEST-claims.xml", "write " + ReportFolder.MARKER);
        assertThat(steps.get(7)).matches("move out -> \\.claimcheck-old-[0-9]+-[0-9]+-out");
        assertThat(steps.get(8)).matches("move \\.claimcheck-new-[0-9]+-[0-9]+-out -> out");
    }

    @ParameterizedTest(name = "failing step {0}")
    @MethodSource("everyStep")
    void should_keep_the_previous_set_whole_and_leave_no_temporary_folder_when_any_step_fails(int step)
            throws Exception {
        // given
        ReportFolder.replace(out(), OLD);
        FailingDisk disk = new FailingDisk(step, new IOException("No space left on device"));
        // when
        assertThatThrownBy(() -> ReportFolder.replace(out(), NEW, disk)).isInstanceOf(ReportFolderException.class)
                .hasMessage("expected a folder that can be written, got no space left on the device");
        // then
        assertThat(disk.steps()).as("the failing step was reached").hasSizeGreaterThanOrEqualTo(step);
        assertThat(reports(out())).isEqualTo(new TreeMap<>(OLD));
        assertThat(parentListing()).containsExactly("out");
    }

    @Test
    void should_call_a_denied_write_a_read_only_folder() throws Exception {
        FailingDisk disk = new FailingDisk(2, new AccessDeniedException("out/report.json"));
        assertThatThrownBy(() -> ReportFolder.replace(out(), NEW, disk))
                .hasMessage("expected a folder that can be written, got a read-only folder");
        assertThat(parentListing()).isEmpty();
    }

    @Test
    void should_keep_the_new_set_when_only_removing_the_previous_one_fails_and_remove_that_next_time()
            throws Exception {
        ReportFolder.replace(out(), OLD);
        // when
        ReportFolder.replace(out(), NEW, FailingDisk.never().withFailingDeletes());
        // then
        assertThat(reports(out())).isEqualTo(new TreeMap<>(NEW));
        assertThat(parentListing()).hasSize(2).filteredOn(name -> name.startsWith(".claimcheck-old-")).hasSize(1);
        ReportFolder.replace(out(), NEW);
        assertThat(parentListing()).containsExactly("out");
    }

    @Test
    void should_restore_the_set_a_killed_swap_left_aside_and_remove_its_staging_folder() throws Exception {
        // given: a run killed between its two renames: out is missing, the old set aside, the new one staged
        Path aside = parent.resolve(".claimcheck-old-" + DEAD_PID + "-1-out");
        ReportFolder.replace(aside, OLD);
        ReportFolder.replace(parent.resolve(".claimcheck-new-" + DEAD_PID + "-1-out"), NEW);
        // when: the next run fails at its first write
        assertThatThrownBy(() -> ReportFolder.replace(out(), NEW, new FailingDisk(2, new IOException("EIO"))))
                .hasMessage("expected a folder that can be written, got a failure of the file system (EIO)");
        // then
        assertThat(reports(out())).isEqualTo(new TreeMap<>(OLD));
        assertThat(parentListing()).containsExactly("out");
    }

    @Test
    void should_leave_the_folders_of_a_live_swap_alone() throws Exception {
        // the current process's parent is alive and is no swap of this JVM
        long live = ProcessHandle.current().parent().orElseThrow().pid();
        Files.createDirectories(parent.resolve(".claimcheck-new-" + live + "-1-out"));
        ReportFolder.replace(out(), NEW);
        assertThat(parentListing()).containsExactly(".claimcheck-new-" + live + "-1-out", "out");
    }

    @Test
    void should_refuse_a_folder_that_holds_other_files_and_touch_nothing() throws Exception {
        // given: a source folder given as --out by mistake
        Files.createDirectories(out().resolve("src/main"));
        Files.writeString(out().resolve("pom.xml"), "<project/>");
        Files.writeString(out().resolve("report.json"), "{}");
        // when / then
        assertThatThrownBy(() -> ReportFolder.replace(out(), NEW)).isInstanceOf(ReportFolderException.class)
                .hasMessage("expected a new or empty folder, or one of claimcheck reports, got a folder that also "
                        + "holds pom.xml, src/; give a folder of its own");
        assertThat(Files.readString(out().resolve("pom.xml"))).isEqualTo("<project/>");
        assertThat(Files.readString(out().resolve("report.json"))).isEqualTo("{}");
        assertThat(out().resolve("src/main")).isDirectory();
        assertThat(parentListing()).containsExactly("out");
    }

    @Test
    void should_replace_an_empty_folder_and_a_folder_of_reports_written_before_markers() throws Exception {
        Files.createDirectories(out());
        ReportFolder.replace(out(), NEW);
        Files.delete(out().resolve(ReportFolder.MARKER));
        ReportFolder.replace(out(), OLD);
        assertThat(reports(out())).isEqualTo(new TreeMap<>(OLD));
    }

    @Test
    void should_refuse_a_file() throws Exception {
        Files.writeString(out(), "a file");
        assertThatThrownBy(() -> ReportFolder.replace(out(), NEW))
                .hasMessage("expected a folder that can be written, got a file");
        assertThat(Files.readString(out())).isEqualTo("a file");
    }

    @Test
    void should_refuse_a_read_only_folder() throws Exception {
        ReportFolder.replace(out(), OLD);
        Files.setPosixFilePermissions(out(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anyway: permissions do not bind it, so the refusal is only checked where they do
            assumeThat(Files.isWritable(out())).as("write permission binds this user (not root)").isFalse();
            assertThatThrownBy(() -> ReportFolder.replace(out(), NEW))
                    .hasMessage("expected a folder that can be written, got a read-only folder");
            assertThat(reports(out())).isEqualTo(new TreeMap<>(OLD));
        } finally {
            Files.setPosixFilePermissions(out(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
