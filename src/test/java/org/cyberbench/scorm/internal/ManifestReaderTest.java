package org.cyberbench.scorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cyberbench.scorm.ScormNotice;
import org.cyberbench.scorm.ScormPackageException;
import org.cyberbench.scorm.ScormVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real manifests from elsewhere (Rustici's Golf examples, ADL's SCORM 2004 4th edition conformance
 * test packages, a parser's fixture; see src/test/resources/scorm/manifests/SOURCES.md). Each test
 * creates only the file the manifest should launch: if the reader worked out another address, the
 * package would be refused for a missing launch file.
 */
class ManifestReaderTest {

    @TempDir
    Path root;

    @Test
    void golf12SingleScoLaunchesItsLaunchPage() throws IOException {
        Manifest manifest = read("scorm12_golf_RuntimeBasicCalls_singleSCO.xml", "shared/launchpage.html");

        assertThat(manifest.version()).isEqualTo(ScormVersion.SCORM_12);
        assertThat(manifest.edition()).isEqualTo("1.2");
        assertThat(manifest.title()).isEqualTo("Golf Explained - Run-time Basic Calls");
        assertThat(manifest.sco().launchPath()).isEqualTo("shared/launchpage.html");
        assertThat(manifest.sco().title()).isEqualTo("Golf Explained");
        assertThat(manifest.scoCount()).isEqualTo(1);
        // the stored copy has no images, which the manifest lists: the editor is told, the package still plays
        assertThat(manifest.notices()).extracting(ScormNotice::key).containsExactly("scorm.notice.missingFiles");
    }

    @Test
    void nestedAggregationsAreSkippedToTheFirstScoAndItsParametersAppended() throws IOException {
        Manifest manifest = read("scorm12_golf_RuntimeMinimumCalls_multiSCO.xml", "Playing/Playing.html");

        assertThat(manifest.sco().launchPath()).isEqualTo("Playing/Playing.html");
        assertThat(manifest.scoCount()).isGreaterThan(10);
        assertThat(manifest.scos()).extracting(Manifest.Sco::launchPath).contains("shared/assessmenttemplate.html?questions=Playing");
        assertThat(manifest.notices()).extracting(ScormNotice::key).contains("scorm.notice.firstScoOnly");
    }

    @Test
    void theDefaultOrganizationIsUsedWhenThereAreTwo() throws IOException {
        Manifest manifest = read("scorm12_jcputney_ComplexNestedOrganization_twoOrgs.xml", "content/module1.html");

        assertThat(manifest.sco().launchPath()).isEqualTo("content/module1.html");
        // depth first, in document order, the default organization only
        assertThat(manifest.scos()).extracting(Manifest.Sco::launchPath).containsExactly("content/module1.html",
                "content/chapter1_1.html", "content/section1_1_1.html", "content/topic1_1_1_1.html", "content/topic1_1_1_2.html",
                "content/section1_1_2.html", "content/chapter1_2.html", "content/module2.html", "content/chapter2_1.html",
                "content/section2_1_1.html", "content/module3.html");
    }

    @Test
    void scorm2004ThirdEditionIsRecognisedFromItsSchemaVersion() throws IOException {
        Manifest manifest = read("scorm2004_3rd_golf_ContentPackagingSingleSCO.xml", "shared/launchpage.html");

        assertThat(manifest.version()).isEqualTo(ScormVersion.SCORM_2004);
        assertThat(manifest.edition()).isEqualTo("2004 3rd Edition");
        assertThat(manifest.sco().launchPath()).isEqualTo("shared/launchpage.html");
    }

    @Test
    void aLaunchAddressWithItsOwnQueryKeepsItAndSequencingIsReportedAsNotApplied() throws IOException {
        Manifest manifest = read("scorm2004_3rd_golf_SequencingForcedSequential_multiSCO.xml", "shared/launchpage.html");

        assertThat(manifest.sco().launchPath()).isEqualTo("shared/launchpage.html?content=playing");
        assertThat(manifest.sco().title()).isEqualTo("Playing the Game");
        assertThat(manifest.scoCount()).isEqualTo(5);
        assertThat(manifest.notices()).extracting(ScormNotice::key).contains("scorm.notice.sequencingIgnored", "scorm.notice.firstScoOnly");
    }

    @Test
    void xmlBaseOnTheResourceIsAppliedAndAnAssetBeforeTheFirstScoIsPassedOver() throws IOException {
        Manifest manifest = read("scorm2004_4th_adl_cts_LMSTestPackage_API_xmlbase.xml", "resources/APIRTETest1.htm");

        assertThat(manifest.edition()).isEqualTo("2004 4th Edition");
        assertThat(manifest.sco().launchPath()).isEqualTo("resources/APIRTETest1.htm?tc=API&act=2");
    }

    @Test
    void completionThresholdsAndScaledPassingScoresAreReadPerItem() throws IOException {
        Manifest manifest = read("scorm2004_4th_adl_cts_LMSTestPackage_DMB_thresholds.xml", "resources/DMBehaviorTest1.htm");

        assertThat(manifest.scos().get(0).completionThreshold()).isNull();
        assertThat(manifest.scos().get(1).completionThreshold()).isEqualByComparingTo("0.8");
        assertThat(manifest.scos().get(2).scaledPassingScore()).isEqualByComparingTo("-0.5");
        // satisfiedByMeasure without minNormalizedMeasure: the passing score defaults to 1.0
        assertThat(manifest.scos().get(4).scaledPassingScore()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(manifest.scos().get(5).completionThreshold()).isEqualByComparingTo("0.6");
        assertThat(manifest.scos().get(5).scaledPassingScore()).isEqualByComparingTo("0.6");
        // a minimum measure without satisfiedByMeasure, or with it false, sets no passing score
        assertThat(manifest.scos().get(6).scaledPassingScore()).isNull();
        assertThat(manifest.scos().get(7).scaledPassingScore()).isNull();
    }

    @Test
    void launchDataAndTimeLimitActionGoToTheSco() throws IOException {
        Manifest manifest = read("scorm2004_4th_adl_cts_LMSTestPackage_DMI_dataFromLMS.xml", "resources/DMImplementationTest1.htm");

        assertThat(manifest.sco().launchData()).isEqualTo("Launch Data Test");
        assertThat(manifest.sco().timeLimitAction()).isEqualTo("continue,message");
        assertThat(manifest.sco().completionThreshold()).isEqualByComparingTo("0.8");
        assertThat(manifest.scos().get(1).launchData()).hasSize(4000).startsWith("thisstringislength20").endsWith("4000");
    }

    @Test
    void spacesAroundEqualsAndAnAggregationWithoutResourceAreRead() throws IOException {
        Manifest manifest = read("scorm2004_4th_adl_cts_LMSTestPackage_MS-01_nestedAggregation.xml", "resources/SequencingTest.htm");

        assertThat(manifest.sco().launchPath()).isEqualTo("resources/SequencingTest.htm?tc=MS-01&act=1");
        assertThat(manifest.scos()).extracting(Manifest.Sco::launchPath).contains("resources/SequencingTest.htm?tc=MS-01&act=3");
    }

    @Test
    void masteryScoreOfScorm12IsKept() throws IOException {
        write("""
                <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <organizations default="o"><organization identifier="o"><title>Mastery</title>
                    <item identifier="i" identifierref="r"><title>Test</title><adlcp:masteryscore>80</adlcp:masteryscore>
                      <adlcp:datafromlms>level=2</adlcp:datafromlms></item>
                  </organization></organizations>
                  <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="index.html"/></resources>
                </manifest>""", "index.html");

        Manifest manifest = ManifestReader.read(root);

        // no schemaversion: the ADL 1.2 namespace says which SCORM it is
        assertThat(manifest.version()).isEqualTo(ScormVersion.SCORM_12);
        assertThat(manifest.sco().masteryScore()).isEqualByComparingTo("80");
        assertThat(manifest.sco().launchData()).isEqualTo("level=2");
    }

    @Test
    void aMissingLaunchFileIsRefusedByName() throws IOException {
        Files.copy(resource("scorm12_golf_RuntimeBasicCalls_singleSCO.xml"), root.resolve("imsmanifest.xml"));

        assertThatThrownBy(() -> ManifestReader.read(root)).isInstanceOf(ScormPackageException.class)
                .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.launchMissing"))
                .satisfies(e -> assertThat(((ScormPackageException) e).arguments()).containsExactly("shared/launchpage.html"));
    }

    @Test
    void addressesOutsideThePackageAreRefused() throws IOException {
        for (String href : new String[] {"../secret.html", "http://evil.example/x.html", "/etc/passwd", "javascript:alert(1)"}) {
            write("""
                    <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
                      <organizations default="o"><organization identifier="o"><title>T</title><item identifier="i" identifierref="r"/></organization></organizations>
                      <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="%s"/></resources>
                    </manifest>""".formatted(href));

            assertThatThrownBy(() -> ManifestReader.read(root)).as(href).isInstanceOf(ScormPackageException.class)
                    .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isIn("scorm.error.outside", "scorm.error.externalAddress"));
        }
    }

    @Test
    void aDoctypeWithEntitiesIsRefusedWithoutBeingRead() throws IOException {
        Files.writeString(root.resolve("secret.txt"), "top secret");
        write("""
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY x SYSTEM "secret.txt">]>
                <manifest identifier="&x;" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"/>""");

        assertThatThrownBy(() -> ManifestReader.read(root)).isInstanceOf(ScormPackageException.class)
                .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.manifestXml"));
    }

    @Test
    void aManifestThatIsNotScormIsRefused() throws IOException {
        write("<manifest identifier=\"m\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><organizations/><resources/></manifest>");

        assertThatThrownBy(() -> ManifestReader.read(root)).isInstanceOf(ScormPackageException.class)
                .satisfies(e -> assertThat(((ScormPackageException) e).messageKey()).isEqualTo("scorm.error.notScorm"));
    }

    private Manifest read(String manifest, String launchFile) throws IOException {
        Files.copy(resource(manifest), root.resolve("imsmanifest.xml"));
        Path launch = root.resolve(launchFile);
        Files.createDirectories(launch.getParent());
        Files.writeString(launch, "<html></html>");
        return ManifestReader.read(root);
    }

    private void write(String manifest, String... files) throws IOException {
        Files.writeString(root.resolve("imsmanifest.xml"), manifest, StandardCharsets.UTF_8);
        for (String file : files) {
            Files.writeString(root.resolve(file), "<html></html>");
        }
    }

    private static InputStream resource(String name) {
        return ManifestReaderTest.class.getResourceAsStream("/scorm/manifests/" + name);
    }
}
