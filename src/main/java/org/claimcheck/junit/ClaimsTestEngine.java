package org.claimcheck.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.claimcheck.claim.Claim;
import org.claimcheck.claim.Problem;
import org.claimcheck.claim.load.ArticleClaims;
import org.claimcheck.claim.load.ArticleLoader;
import org.claimcheck.claim.load.ClaimsTree;
import org.claimcheck.claim.load.Loaded;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * The {@code claims} engine. Discovers article folders (a folder holding {@code article.txt} and {@code claims/}) from
 * directory, file and unique-id selectors; each claim file becomes a container and each claim a test. The
 * configuration parameter {@code claimcheck.article} keeps only article folders whose path contains it.
 *
 * <p>Input problems are discovery issues of severity WARNING, so that IDEs show them at their place while the valid
 * claims still run; the run as a whole then fails with the list of problems (see {@link ClaimsExecution}).
 */
public final class ClaimsTestEngine implements TestEngine {

    /** The engine id; the {@code junit-} prefix is reserved for JUnit's own. */
    public static final String ID = "claims";
    static final String ARTICLE_FILTER = "claimcheck.article";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "claimcheck");
        Selection selection = new Selection();
        request.getSelectorsByType(DirectorySelector.class).forEach(s -> selection.addFolder(s.getPath()));
        request.getSelectorsByType(FileSelector.class).forEach(s -> selection.addFile(s.getPath()));
        request.getSelectorsByType(UniqueIdSelector.class).forEach(s -> selection.addUniqueId(uniqueId, s.getUniqueId()));
        Optional<String> filter = request.getConfigurationParameters().get(ARTICLE_FILTER);
        for (Path folder : selection.articleFolders()) {
            if (filter.isEmpty() || folder.toString().replace('\\', '/').contains(filter.get())) {
                addArticle(engine, folder, selection, request);
            }
        }
        return engine;
    }

    private static void addArticle(EngineDescriptor engine, Path folder, Selection selection,
                                   EngineDiscoveryRequest request) {
        ClaimsTree tree = ClaimsTree.ofArticle(folder);
        Loaded<ArticleClaims> loaded = ArticleLoader.load(folder, tree);
        for (Problem problem : loaded.problems()) {
            Path file = tree.root().resolve(problem.location().file());
            FileSource source = FileSource.from(file.toFile(),
                    FilePosition.from(problem.location().line(), problem.location().column()));
            request.getDiscoveryListener().issueEncountered(engine.getUniqueId(),
                    DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING, problem.render()).source(source).build());
        }
        for (Claim claim : loaded.value().claims()) {
            String display = claim.location().file();
            Path file = tree.root().resolve(display);
            if (!selection.wants(file, claim.id())) {
                continue;
            }
            UniqueId fileId = engine.getUniqueId().append(ClaimFileDescriptor.SEGMENT, display);
            TestDescriptor container = engine.findByUniqueId(fileId).map(TestDescriptor.class::cast)
                    .orElseGet(() -> {
                        ClaimFileDescriptor created = new ClaimFileDescriptor(fileId, display, file, folder);
                        engine.addChild(created);
                        return created;
                    });
            container.addChild(new ClaimDescriptor(fileId.append(ClaimDescriptor.SEGMENT, claim.id()), claim.id(),
                    file, claim.location().line(), claim.location().column()));
        }
    }

    @Override
    public void execute(ExecutionRequest request) {
        new ClaimsExecution(request).run();
    }

    /** What the selectors asked for: article folders, and within them possibly only some files or claims. */
    private static final class Selection {
        private final Set<Path> folders = new TreeSet<>();
        private final Set<Path> files = new TreeSet<>();
        private final Set<String> claimKeys = new TreeSet<>();
        private boolean everything;

        void addFolder(Path path) {
            everything = true;
            Path absolute = path.toAbsolutePath().normalize();
            if (isArticle(absolute)) {
                folders.add(absolute);
                return;
            }
            try (var children = Files.list(absolute)) {
                children.filter(ClaimsTestEngine::isArticle).map(Path::normalize).forEach(folders::add);
            } catch (java.io.IOException | RuntimeException e) {
                // not a readable folder: nothing to discover there
            }
        }

        void addFile(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            Path claimsFolder = absolute.getParent();
            if (claimsFolder != null && claimsFolder.getParent() != null && isArticle(claimsFolder.getParent())) {
                folders.add(claimsFolder.getParent());
                files.add(absolute);
            }
        }

        void addUniqueId(UniqueId engineId, UniqueId id) {
            Optional<String> file = segment(id, ClaimFileDescriptor.SEGMENT);
            if (!id.hasPrefix(engineId) || file.isEmpty()) {
                return;
            }
            Path path = Path.of(file.get()).toAbsolutePath().normalize();
            Optional<String> claim = segment(id, ClaimDescriptor.SEGMENT);
            if (claim.isPresent()) {
                claimKeys.add(path + "#" + claim.get());
                Path claimsFolder = path.getParent();
                if (claimsFolder != null && claimsFolder.getParent() != null) {
                    folders.add(claimsFolder.getParent());
                }
            } else {
                addFile(path);
            }
        }

        Set<Path> articleFolders() {
            return folders;
        }

        boolean wants(Path file, String claimId) {
            Path absolute = file.toAbsolutePath().normalize();
            Predicate<Path> fileWanted = files::contains;
            return everything || fileWanted.test(absolute) || claimKeys.contains(absolute + "#" + claimId);
        }

        private static Optional<String> segment(UniqueId id, String type) {
            return id.getSegments().stream().filter(s -> s.getType().equals(type)).map(UniqueId.Segment::getValue)
                    .findFirst();
        }
    }

    static boolean isArticle(Path folder) {
        return Files.isRegularFile(folder.resolve("article.txt")) && Files.isDirectory(folder.resolve("claims"));
    }
}
