package org.cyberbench.scorm.internal;

import org.cyberbench.shared.ops.ImportMetrics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cyberbench.scorm.PackageDetails;
import org.cyberbench.scorm.ScormNotice;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.scorm.ScormPreview;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inspecting and importing packages. An upload is unpacked into its own staging folder and its
 * manifest read there (a zip whose manifest sits in a single top folder is accepted as if it were at
 * the root); the preview names the folder by a token. Importing moves the folder into place and then
 * saves the package row; if the row cannot be saved the folder is removed, so a package is either
 * wholly there or not at all. The staging folder of a refused package is deleted at once.
 */
@Component
public class PackageImporter {

    private final PackageStorage storage;
    private final PackageRepository packages;
    private final TransactionTemplate transactions;
    private final ImportMetrics metrics;

    PackageImporter(PackageStorage storage, PackageRepository packages, PlatformTransactionManager transactionManager,
            ImportMetrics metrics) {
        this.metrics = metrics;
        this.storage = storage;
        this.packages = packages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public ScormPreview inspect(Path zip, String fileName) {
        return metrics.time("scorm", () -> {
            // the upload component's limit is the browser's; this one is ours
            if (zip.toFile().length() > storage.limits().maxUpload().toBytes()) {
                throw new ScormPackageException("scorm.error.uploadTooLarge", storage.limits().maxUpload().toMegabytes());
            }
            String token = UUID.randomUUID().toString();
            Path folder = storage.newStaging(token);
            try {
                PackageUnzipper.Unpacked unpacked = PackageUnzipper.unpack(zip, folder, storage.limits());
                Inspected inspected = read(folder);
                Manifest manifest = inspected.manifest();
                return new ScormPreview(token, fileName, manifest.title(), manifest.version(), manifest.edition(), manifest.sco().title(),
                        inspected.prefix() + manifest.sco().launchPath(), manifest.scoCount(), unpacked.files(), unpacked.bytes(),
                        inspected.notices());
            } catch (RuntimeException e) {
                storage.discard(folder);
                throw e;
            }
        });
    }

    public void discard(String token) {
        storage.discard(storage.staging(token));
    }

    public PackageEntity importPackage(String token, PackageDetails details, long editor, Instant now) {
        Path staged = storage.staging(token);
        if (!java.nio.file.Files.isDirectory(staged)) {
            throw new ScormPackageException("scorm.error.previewGone");
        }
        Inspected inspected = read(staged);
        PackageUnzipper.Unpacked unpacked = count(staged);
        storage.keep(token);
        try {
            return transactions.execute(status -> {
                PackageEntity entity = new PackageEntity(token, inspected.manifest(), inspected.prefix(), unpacked, editor, now);
                entity.describe(details);
                entity.setPublished(true);
                return packages.saveAndFlush(entity);
            });
        } catch (RuntimeException e) {
            storage.discard(storage.folder(token));
            throw e;
        }
    }

    /** The manifest and the folder the package sits in: the root, or its single top folder. */
    private record Inspected(Manifest manifest, String prefix, List<ScormNotice> notices) {
    }

    private static Inspected read(Path folder) {
        if (java.nio.file.Files.isRegularFile(folder.resolve(ManifestReader.MANIFEST))) {
            Manifest manifest = ManifestReader.read(folder);
            return new Inspected(manifest, "", manifest.notices());
        }
        Path only = singleFolder(folder);
        if (only != null && java.nio.file.Files.isRegularFile(only.resolve(ManifestReader.MANIFEST))) {
            Manifest manifest = ManifestReader.read(only);
            List<ScormNotice> notices = new ArrayList<>(manifest.notices());
            String prefix = only.getFileName().toString() + "/";
            notices.add(ScormNotice.of("scorm.notice.inFolder", prefix));
            return new Inspected(manifest, prefix, notices);
        }
        throw new ScormPackageException("scorm.error.noManifest");
    }

    private static Path singleFolder(Path folder) {
        try (var entries = java.nio.file.Files.list(folder)) {
            List<Path> all = entries.toList();
            return all.size() == 1 && java.nio.file.Files.isDirectory(all.getFirst()) ? all.getFirst() : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PackageUnzipper.Unpacked count(Path folder) {
        try (var files = java.nio.file.Files.walk(folder)) {
            long[] totals = new long[2];
            files.filter(java.nio.file.Files::isRegularFile).forEach(file -> {
                totals[0]++;
                totals[1] += file.toFile().length();
            });
            return new PackageUnzipper.Unpacked((int) totals[0], totals[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
