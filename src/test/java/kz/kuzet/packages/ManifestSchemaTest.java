package kz.kuzet.packages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.kuzet.packages.sign.SigningKey;
import org.junit.jupiter.api.Test;

/** The documented schema (docs/package/manifest.schema.json) describes the manifest the code writes. */
class ManifestSchemaTest {

    @Test
    void theSchemaNamesExactlyTheManifestsPropertiesAndItsPatternsMatchARealManifest() throws Exception {
        JsonNode schema = PackageJson.MAPPER.readTree(Path.of("docs/package/manifest.schema.json").toFile());
        SigningKey key = SigningKey.generate("STS");
        PackageWriter w = SamplePackage.writer();
        Manifest m = w.manifest(key, "p", kz.kuzet.packages.export.PackageExporter.recordKey(key, 42), 42,
                SamplePackage.AT, "analyst1");
        JsonNode manifest = PackageJson.MAPPER.readTree(SamplePackage.manifestBytes(m));

        assertThat(names(manifest)).containsExactlyInAnyOrderElementsOf(names(schema.get("properties")));
        assertThat(texts(schema.get("required"))).containsExactlyInAnyOrderElementsOf(names(manifest));
        assertThat(schema.at("/properties/format/const").asText()).isEqualTo(PackageFormat.FORMAT);
        assertThat(schema.at("/properties/version/const").asInt()).isEqualTo(PackageFormat.VERSION);
        JsonNode signer = schema.at("/properties/signer");
        assertThat(names(manifest.get("signer"))).containsExactlyInAnyOrderElementsOf(names(signer.get("properties")));
        assertThat(manifest.at("/signer/fingerprint").asText()).matches(signer.at("/properties/fingerprint/pattern")
                .asText());
        assertThat(manifest.get("recordKey").asText()).matches(schema.at("/properties/recordKey/pattern").asText());
        JsonNode entry = schema.at("/properties/entries/items");
        assertThat(manifest.get("entries").size()).isGreaterThanOrEqualTo(schema.at("/properties/entries/minItems")
                .asInt());
        for (JsonNode e : manifest.get("entries")) {
            assertThat(names(e)).containsExactlyInAnyOrderElementsOf(names(entry.get("properties")));
            assertThat(e.get("sha256").asText()).matches(entry.at("/properties/sha256/pattern").asText());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
