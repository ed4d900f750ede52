package org.siglum.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.siglum.launcher.internal.FeatureLauncher;

/**
 * The headless feature in a real Felix with real SCR, as {@code bin/siglum} starts it: every bundle active, the
 * services registered, and calls through them doing real work.
 */
class OsgiFrameworkIT {

    private static FeatureLauncher launcher;
    private static Framework framework;

    @BeforeAll
    static void startHeadlessFeature() throws Exception {
        launcher = new FeatureLauncher(Siglum.app(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        framework = launcher.start("headless");
    }

    @AfterAll
    static void stop() {
        if (framework != null) {
            launcher.stop(framework);
        }
    }

    @Test
    void everyBundleOfTheHeadlessFeatureIsActive() throws Exception {
        assertThat(launcher.problems()).as("problems while starting").isEmpty();
        String list = Files.readString(Siglum.app().resolve("features/headless.list"));
        long listed = java.util.Arrays.stream(list.split("[\\r\\n:]+")).filter(l -> !l.isBlank()).count();
        Bundle[] bundles = framework.getBundleContext().getBundles();
        assertThat(bundles.length - 1).as("installed bundles besides the system bundle").isEqualTo((int) listed);
        Map<String, String> notActive = new TreeMap<>();
        for (Bundle bundle : bundles) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                notActive.put(bundle.getSymbolicName(), "state " + bundle.getState());
            }
        }
        assertThat(notActive).as("bundles not active").isEmpty();
        assertThat(symbolicNames(bundles)).contains("siglum.core", "siglum.cli", "siglum.ocr", "siglum.witness",
                "siglum.cli.edition", "siglum.apparatus", "siglum.cli.apparatus", "org.apache.felix.scr",
                "org.eclipse.text", "org.eclipse.osgi", "siglum.tei-schemas", "net.sf.saxon", "org.relaxng.jing",
                "siglum.validation", "siglum.cli.validation");
        assertThat(symbolicNames(bundles)).contains("siglum.thai", "siglum.suspects", "siglum.collation",
                "siglum.cli.textcrit", "com.ibm.icu");
        assertThat(symbolicNames(bundles)).contains("siglum.export", "siglum.export.text", "siglum.export.latex",
                "siglum.export.html", "siglum.export.pdf", "siglum.cli.export")
                .as("the demonstration format is in no feature").doesNotContain("siglum.export.wordcount");
    }

    /**
     * Issue 16: {@code siglum --help} lists the commands from their service properties and activates none of them, in
     * a framework of its own (the other tests here use the commands); {@code siglum help export} activates only export.
     */
    @Test
    void theHelpListsTheCommandsWithoutActivatingThem() throws Exception {
        FeatureLauncher fresh = new FeatureLauncher(Siglum.app(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        Framework own = fresh.start("headless");
        try {
            BundleContext context = own.getBundleContext();
            for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.cli.Command", null)) {
                assertThat(ref.getProperty("siglum.command.name")).as("the name of " + ref).isInstanceOf(String.class);
                assertThat(ref.getProperty("siglum.command.summary")).as("the summary of " + ref)
                        .isInstanceOf(String.class);
            }
            ServiceReference<org.siglum.launcher.api.Application> cliRef = context.getServiceReferences(
                    org.siglum.launcher.api.Application.class, "(siglum.application=cli)").iterator().next();
            org.siglum.launcher.api.Application cli = context.getService(cliRef);
            assertThat(cli.run(List.of("--help"))).isZero();
            assertThat(activeCommands(context)).as("commands activated by --help").isEmpty();
            assertThat(cli.run(List.of("info", Siglum.root().resolve("samples/chapter-3.xml").toString()))).isZero();
            context.ungetService(cliRef);
        } finally {
            fresh.stop(own);
        }
    }

    /** The command components SCR holds active, by implementation class (through its runtime service's DTOs). */
    private static List<String> activeCommands(BundleContext context) throws Exception {
        ServiceReference<?> scrRef = context.getServiceReference("org.osgi.service.component.runtime.ServiceComponentRuntime");
        Object scr = context.getService(scrRef);
        List<String> active = new ArrayList<>();
        Method descriptions = null;
        Method configurations = null;
        for (Method m : scr.getClass().getMethods()) {
            if (m.getName().equals("getComponentDescriptionDTOs")) {
                descriptions = m;
            } else if (m.getName().equals("getComponentConfigurationDTOs")) {
                configurations = m;
            }
        }
        Class<?> bundleArray = descriptions.getParameterTypes()[0];
        for (Object description : (java.util.Collection<?>) descriptions.invoke(scr,
                java.lang.reflect.Array.newInstance(bundleArray.getComponentType(), 0))) {
            String implementation = (String) description.getClass().getField("implementationClass").get(description);
            String[] services = (String[]) description.getClass().getField("serviceInterfaces").get(description);
            if (!List.of(services).contains("org.siglum.cli.Command")) {
                continue;
            }
            for (Object configuration : (java.util.Collection<?>) configurations.invoke(scr, description)) {
                int state = configuration.getClass().getField("state").getInt(configuration);
                if (state == 8 /* ComponentConfigurationDTO.ACTIVE */) {
                    active.add(implementation);
                }
            }
        }
        context.ungetService(scrRef);
        return active;
    }

    @Test
    void theCommandLineApplicationAndItsCommandsAreServices() throws Exception {
        BundleContext context = framework.getBundleContext();
        assertThat(context.getServiceReferences("org.siglum.launcher.api.Application", "(siglum.application=cli)"))
                .as("the cli application").hasSize(1);
        List<String> names = new ArrayList<>();
        for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.cli.Command", null)) {
            Object command = context.getService(ref);
            names.add((String) command.getClass().getMethod("name").invoke(command));
            context.ungetService(ref);
        }
        assertThat(names).contains("info", "validate", "import-ocr", "witness", "app", "bib", "notes", "cite", "suspects",
                "collate", "export");
        assertThat(context.getServiceReferences("org.siglum.export.XsltService", null)).as("the XSLT pipeline").hasSize(1);
        List<String> formats = new ArrayList<>();
        for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.export.Exporter", null)) {
            Object exporter = context.getService(ref);
            formats.add((String) exporter.getClass().getMethod("id").invoke(exporter));
            context.ungetService(ref);
        }
        assertThat(formats).as("the exporters").contains("text", "latex");
        assertThat(context.getServiceReferences("org.siglum.ocr.OcrImporter", null)).as("the OCR importer").hasSize(1);
        assertThat(context.getServiceReferences("org.siglum.witness.WitnessText", null)).as("witness text").hasSize(1);
        // all: RecoveryIT puts siglum.recovery on this class path too, and the bundle's class is another one
        assertThat(context.getAllServiceReferences("org.siglum.recovery.RecoveryJournals", null)).as("recovery journals")
                .hasSize(1);
        for (String service : List.of("org.siglum.citations.NoteService", "org.siglum.citations.BibliographyService",
                "org.siglum.citations.CitationFormatter")) {
            assertThat(context.getServiceReferences(service, null)).as(service).hasSize(1);
        }
    }

    @Test
    void thePdfExporterWritesThePrintEditionOfTheSampleInsideTheFramework(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assertions.assertTrue(Files.isDirectory(Path.of("/usr/share/fonts/truetype/tlwg")),
                "the TLWG fonts are not installed (apt-get install fonts-thai-tlwg)");
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        BundleContext context = framework.getBundleContext();
        ServiceReference<?>[] refs = context.getServiceReferences("org.siglum.export.Exporter", "(component.name=*PdfExporter)");
        assertThat(refs).as("the pdf exporter").hasSize(1);
        Object exporter = context.getService(refs[0]);
        try {
            Class<?> documentClass = bundle("siglum.core").loadClass("org.siglum.core.EditionDocument");
            Bundle export = bundle("siglum.export");
            Class<?> requestClass = export.loadClass("org.siglum.export.ExportRequest");
            Class<?> monitorClass = export.loadClass("org.siglum.export.ProgressMonitor");
            Object document = documentClass.getMethod("read", Path.class).invoke(null, sample);
            Object request = requestClass.getConstructor(documentClass, Path.class, Path.class, Map.class)
                    .newInstance(document, sample, dir, Map.of());
            Object none = monitorClass.getField("NONE").get(null);
            Class<?> exporterClass = export.loadClass("org.siglum.export.Exporter");
            assertThat(exporterClass.getMethod("id").invoke(exporter)).isEqualTo("pdf");
            Object result = exporterClass.getMethod("export", requestClass, monitorClass).invoke(exporter, request, none);
            List<?> files = (List<?>) result.getClass().getMethod("files").invoke(result);
            assertThat(files).hasSize(1);
            assertThat(files.get(0)).isEqualTo(dir.resolve("chapter-3.pdf"));
            byte[] pdf = Files.readAllBytes(dir.resolve("chapter-3.pdf"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(pdf.length).isGreaterThan(50_000);
        } finally {
            context.ungetService(refs[0]);
        }
    }

    @Test
    void anOcrTextImportedInTheFrameworkGivesItsTextBackAsTheOcrWitness(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.txt"), "บทที่ 1\n\nข้อความ (New Policy) ของ²⁶\n\nหน้า & <ต่อ>",
                StandardCharsets.UTF_8);
        Invocation imported = invoke("import-ocr", dir, List.of("page.txt", "-o", "page.xml"));
        assertThat(imported.exit).as(imported.err).isZero();
        Invocation witness = invoke("witness", dir, List.of("page.xml", "--wit", "OCR"));
        assertThat(witness.exit).as(witness.err).isZero();
        assertThat(witness.out.replaceAll("\\s+", " ").strip()).isEqualTo("บทที่ 1 ข้อความ (New Policy) ของ²⁶ หน้า & <ต่อ>");
    }

    @Test
    void theApparatusServiceListsAndChangesAnEditionInsideTheFramework(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.xml");
        String text = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><sourceDesc><listWit><witness xml:id="OCR">OCR</witness></listWit></sourceDesc></fileDesc></teiHeader>
                <text><body><p>นโยบาย<app><lem>เศรษฐกิจ</lem><rdg wit="#OCR">เศรษฐกิข</rdg></app>ใหม่</p></body></text></TEI>
                """;
        Files.writeString(file, text, StandardCharsets.UTF_8);
        BundleContext context = framework.getBundleContext();
        ServiceReference<?>[] refs = context.getServiceReferences("org.siglum.apparatus.ApparatusService", null);
        assertThat(refs).as("the apparatus service").hasSize(1);
        Object apparatus = context.getService(refs[0]);
        try {
            Class<?> documentClass = bundle("siglum.core").loadClass("org.siglum.core.EditionDocument");
            Object document = documentClass.getMethod("read", Path.class).invoke(null, file);
            Class<?> service = bundle("siglum.apparatus").loadClass("org.siglum.apparatus.ApparatusService");
            List<?> entries = (List<?>) service.getMethod("entries", documentClass).invoke(apparatus, document);
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).getClass().getMethod("lemmaText").invoke(entries.get(0))).isEqualTo("เศรษฐกิจ");
            service.getMethod("deleteEntry", documentClass, String.class).invoke(apparatus, document, "1");
            assertThat(documentClass.getMethod("text").invoke(document)).isEqualTo(text.replace(
                    "<app><lem>เศรษฐกิจ</lem><rdg wit=\"#OCR\">เศรษฐกิข</rdg></app>", "เศรษฐกิจ"));
        } finally {
            context.ungetService(refs[0]);
        }
    }

    /** The schema guide reads siglum.rng from the tei-schemas bundle inside Felix (decision 0028). */
    @Test
    @SuppressWarnings("unchecked")
    void theSchemaGuideProposesWhatSiglumRngAllowsInsideTheFramework() throws Exception {
        BundleContext context = framework.getBundleContext();
        ServiceReference<?>[] refs = context.getServiceReferences("org.siglum.validation.assist.SchemaGuide", null);
        assertThat(refs).as("the schema guide").hasSize(1);
        Object guide = context.getService(refs[0]);
        try {
            Class<?> type = bundle("siglum.validation").loadClass("org.siglum.validation.assist.SchemaGuide");
            List<Object> children = (List<Object>) type.getMethod("childElements", String.class, List.class, List.class)
                    .invoke(guide, "app", List.of("lem"), List.of());
            assertThat(children).containsExactly("note", "rdg", "rdgGrp", "witDetail");
        } finally {
            context.ungetService(refs[0]);
        }
    }

    @Test
    void theCitationServicesImportFormatAndCheckInsideTheFramework(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ed.xml"), CitationFiles.EDITION, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("src.bib"), CitationFiles.BIBTEX, StandardCharsets.UTF_8);
        Invocation imported = invoke("bib", dir, List.of("import", "src.bib", "--into", "ed.xml"));
        assertThat(imported.exit).as(imported.err).isZero();
        assertThat(imported.out).contains("ed.xml: 2 added, 0 merged");
        assertThat(invoke("notes", dir, List.of("ed.xml", "--cite", "n1", "--entry", "stalin1953", "--pages", "12")).exit)
                .isZero();
        assertThat(invoke("notes", dir, List.of("ed.xml", "--cite", "n2", "--entry", "stalin1953", "--pages", "14")).exit)
                .isZero();
        assertThat(invoke("notes", dir, List.of("ed.xml", "--cite", "n3", "--entry", "kasetsiri2516", "--pages", "3")).exit)
                .isZero();
        // the CSL styles and locales load from the bundle inside Felix
        Invocation cite = invoke("cite", dir, List.of("ed.xml"));
        assertThat(cite.exit).as(cite.err).isZero();
        assertThat(cite.out).contains(
                "1. J. V. Stalin, Foundations of Leninism (Foreign Languages Publishing House, 1953), 12.",
                "2. Stalin, Foundations of Leninism, 14.",
                "3. ชาญวิทย์ เกษตรศิริ, การปฏิวัติรัสเซีย (มูลนิธิโครงการตำราฯ, พ.ศ. 2516), 3.",
                "ชาญวิทย์ เกษตรศิริ. การปฏิวัติรัสเซีย. มูลนิธิโครงการตำราฯ, พ.ศ. 2516.");
        Invocation thai = invoke("cite", dir, List.of("ed.xml", "--style", "apa", "--locale", "th-TH"));
        assertThat(thai.exit).as(thai.err).isZero();
        assertThat(thai.out).contains("ชาญวิทย์ เกษตรศิริ. (พ.ศ. 2516). การปฏิวัติรัสเซีย. มูลนิธิโครงการตำราฯ.");
    }

    @Test
    void theHtmlExporterWritesTheSampleWebEditionInsideTheFramework(@TempDir Path dir) throws Exception {
        BundleContext context = framework.getBundleContext();
        ServiceReference<?>[] refs = context.getServiceReferences("org.siglum.export.Exporter", null);
        assertThat(refs).as("exporters").isNotNull();
        Object html = null;
        for (ServiceReference<?> ref : refs) {
            Object exporter = context.getService(ref);
            if ("html".equals(exporter.getClass().getMethod("id").invoke(exporter))) {
                html = exporter;
            }
        }
        assertThat(html).as("the html exporter").isNotNull();
        Path sample = Siglum.root().resolve("samples/chapter-3.xml");
        Bundle export = bundle("siglum.export");
        Class<?> documentClass = bundle("siglum.core").loadClass("org.siglum.core.EditionDocument");
        Object document = documentClass.getMethod("read", Path.class).invoke(null, sample);
        Class<?> requestClass = export.loadClass("org.siglum.export.ExportRequest");
        Object request = requestClass.getConstructor(documentClass, Path.class, Path.class, Map.class)
                .newInstance(document, sample, dir, Map.of());
        Class<?> monitorClass = export.loadClass("org.siglum.export.ProgressMonitor");
        Object none = monitorClass.getField("NONE").get(null);
        Class<?> exporterClass = export.loadClass("org.siglum.export.Exporter");
        Object result = exporterClass.getMethod("export", requestClass, monitorClass).invoke(html, request, none);
        assertThat((List<?>) result.getClass().getMethod("files").invoke(result)).hasSize(3);
        // the stylesheet, the CSS and the script load from the bundle; citations come from the citation bundle
        String page = Files.readString(dir.resolve("chapter-3/index.html"), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("ประทัดประหาร", "J. V. Stalin", "id=\"person-lenin\"");
        assertThat(dir.resolve("chapter-3/siglum.css")).isNotEmptyFile();
        assertThat(dir.resolve("chapter-3/siglum.js")).isNotEmptyFile();
    }

    @Test
    void theSuspectsAndCollationServicesAreRegisteredAndWork(@TempDir Path dir) throws Exception {
        BundleContext context = framework.getBundleContext();
        assertThat(context.getServiceReferences("org.siglum.suspects.SuspectFinder", null)).hasSize(1);
        assertThat(context.getServiceReferences("org.siglum.collation.Collator", null)).hasSize(1);
        Files.writeString(dir.resolve("a.txt"), "ในปี 1921 สถานการณ์เช่นนี้", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "ในปี 1921 สอดานการณ์เช่นนี้", StandardCharsets.UTF_8);
        Invocation collate = invoke("collate", dir, List.of("a.txt", "b.txt", "--format", "table"));
        assertThat(collate.exit).as(collate.err).isZero();
        assertThat(collate.out).isEqualTo("offset\ta\tb\n10\tสถานการณ์\tสอดานการณ์\n");
        Files.writeString(dir.resolve("c.txt"), "นายทروتสกี กล่าว", StandardCharsets.UTF_8);
        Invocation suspects = invoke("suspects", dir, List.of("c.txt", "--format", "json"));
        assertThat(suspects.exit).as(suspects.err).isEqualTo(1);
        assertThat(suspects.out).contains("\"form\": \"ทروتสกี\"", "\"suggestion\": \"ทรอตสกี\"");
    }

    @Test
    void theInfoServiceReadsAnEditionAndCountsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.xml");
        Files.writeString(file, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>
                <div><head>บทที่ ๓</head><p>นโยบาย<app><lem>เศรษฐกิจ</lem><rdg wit="#OCR">เศรษฐกิข</rdg></app>ใหม่<note n="26">เลนิน</note></p></div>
                </body></text></TEI>
                """, StandardCharsets.UTF_8);
        Invocation info = invoke("info", dir, List.of("small.xml", "--json"));
        assertThat(info.exit).as(info.err).isZero();
        assertThat(info.out).contains("\"divisions\": 1", "\"apps\": 1", "\"readings\": 1", "\"notes\": 1",
                "\"wellFormed\": true");
    }

    @Test
    void theValidatorServiceRunsJingAndSchematronInsideTheFramework(@TempDir Path dir) throws Exception {
        BundleContext context = framework.getBundleContext();
        ServiceReference<?>[] refs = context.getServiceReferences("org.siglum.validation.Validator", null);
        assertThat(refs).as("the Validator service").hasSize(1);
        assertThat(refs[0].getBundle().getSymbolicName()).isEqualTo("siglum.validation");

        Path file = dir.resolve("edition.xml");
        String valid = Files.readString(Siglum.root().resolve("tei-schemas/src/test/resources/valid/edition.xml"));
        // one grammar error (an element of the full TEI that ours leaves out) and one rule broken (a witness to nowhere)
        Files.writeString(file, valid.replaceFirst("<rdg wit=\"#OCR\"", "<rdg wit=\"#NOWHERE\"")
                .replaceFirst("<p xml:id=\"p1\">", "<p xml:id=\"p1\"><list><item>x</item></list>"));
        Object validator = context.getService(refs[0]);
        try {
            Bundle validation = bundle("siglum.validation");
            Class<?> choice = validation.loadClass("org.siglum.validation.SchemaChoice");
            Object siglum = choice.getMethod("siglum").invoke(null);
            Class<?> api = validation.loadClass("org.siglum.validation.Validator");
            List<?> findings = (List<?>) api.getMethod("validate", Path.class, choice).invoke(validator, file, siglum);
            List<String> rules = new ArrayList<>();
            for (Object f : findings) {
                rules.add((String) f.getClass().getMethod("rule").invoke(f));
            }
            assertThat(rules).containsExactly("rng", "wit-declared");
        } finally {
            context.ungetService(refs[0]);
        }
    }

    @Test
    void theCoreRoundTripsAFileByteForByteInsideTheFramework(@TempDir Path dir) throws Exception {
        byte[] bytes = ("\uFEFF<?xml version='1.0'?>\r\n<!DOCTYPE TEI [<!ENTITY e 'x'>]>\r\n"
                + "<TEI a='1' b=\"2\"><!-- c --><![CDATA[<>]]>&e;\uD835\uDD04 น้ำ</TEI>").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("edge.xml");
        Files.write(file, bytes);
        Bundle core = bundle("siglum.core");
        Class<?> documentClass = core.loadClass("org.siglum.core.EditionDocument");
        Object document = documentClass.getMethod("read", Path.class).invoke(null, file);
        byte[] saved = (byte[]) documentClass.getMethod("toBytes").invoke(document);
        assertThat(saved).isEqualTo(bytes);
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static List<String> symbolicNames(Bundle[] bundles) {
        List<String> names = new ArrayList<>();
        for (Bundle b : bundles) {
            names.add(b.getSymbolicName());
        }
        return names;
    }

    private record Invocation(int exit, String out, String err) {
    }

    /** Calls a Command service as the cli application would, with a context whose streams we read. */
    private static Invocation invoke(String name, Path dir, List<String> arguments) throws Exception {
        BundleContext context = framework.getBundleContext();
        for (ServiceReference<?> ref : context.getServiceReferences("org.siglum.cli.Command", null)) {
            Object command = context.getService(ref);
            try {
                if (!name.equals(command.getClass().getMethod("name").invoke(command))) {
                    continue;
                }
                Class<?> contextType = bundle("siglum.cli").loadClass("org.siglum.cli.CommandContext");
                FrameworkCommandContext commandContext = new FrameworkCommandContext(contextType, dir);
                Method run = command.getClass().getMethod("run", contextType, List.class);
                int exit = (Integer) run.invoke(command, commandContext.context(), arguments);
                return new Invocation(exit, commandContext.outText(), commandContext.errText());
            } finally {
                context.ungetService(ref);
            }
        }
        throw new AssertionError("no command " + name);
    }
}
