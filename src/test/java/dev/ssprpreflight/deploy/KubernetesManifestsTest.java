package dev.ssprpreflight.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;

/**
 * Validates deploy/kubernetes the way CI must: every manifest parses into fabric8's typed model
 * with no unknown field (a typo lands in "additionalProperties" there, so this walks the model and
 * refuses any), every Deployment container has probes, requests and limits and runs non-root on a
 * read-only root filesystem, and every file a kustomization names exists.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<Manifest> manifests = new ArrayList<>();

    record Manifest(Path file, HasMetadata resource) {
    }

    @BeforeAll
    static void parseEveryManifest() throws IOException {
        for (Path file : yamlFiles()) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                if (!document.isBlank()) {
                    manifests.add(new Manifest(file, parse(document)));
                }
            }
        }
    }

    @Test
    void findsTheManifestsOfEveryKind() {
        assertThat(manifests).extracting(manifest -> manifest.resource().getKind()).contains("Deployment", "Service",
                "ConfigMap", "Secret", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Ingress");
    }

    @Test
    void everyManifestIsAKnownKindWithoutUnknownFields() {
        for (Manifest manifest : manifests) {
            assertThat(manifest.resource()).as(manifest.file() + ": kind or apiVersion unknown")
                    .isNotInstanceOf(GenericKubernetesResource.class);
            assertThat(unknownFields(manifest.resource())).as(manifest.file() + ": unknown fields").isEmpty();
        }
    }

    @Test
    void detectsAnUnknownField() throws IOException {
        HasMetadata typo = parse("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec: {selectr: {app: x}}
                """);

        assertThat(unknownFields(typo)).containsExactly("selectr");
    }

    @Test
    void everyContainerHasProbesLimitsAndALockedDownSecurityContext() {
        List<Deployment> deployments = manifests.stream().map(Manifest::resource)
                .filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
        assertThat(deployments).isNotEmpty();
        for (Deployment deployment : deployments) {
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getTopologySpreadConstraints()).isNotEmpty();
            for (Container container : pod.getContainers()) {
                String name = deployment.getMetadata().getName() + "/" + container.getName();
                assertThat(container.getLivenessProbe()).as(name + " liveness probe").isNotNull();
                assertThat(container.getReadinessProbe()).as(name + " readiness probe").isNotNull();
                assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
                assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
                assertThat(container.getResources().getLimits()).as(name + " limits").containsKeys("cpu", "memory");
                assertThat(container.getResources().getRequests()).as(name + " requests").containsKeys("cpu",
                        "memory");
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            }
        }
    }

    @Test
    void theManagementPortStaysInsideTheCluster() {
        // Health and metrics answer without authentication on 9000: only the monitoring namespace may reach it.
        for (Service service : resources(Service.class)) {
            assertThat(service.getSpec().getPorts()).as(service.getMetadata().getName() + " ports")
                    .allSatisfy(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
            assertThat(service.getSpec().getType()).as("Service type").isIn(null, "ClusterIP");
        }
        for (Ingress ingress : resources(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> assertThat(
                    path.getBackend().getService().getPort().getName()).as("Ingress backend port").isEqualTo("http")));
        }
        List<NetworkPolicyIngressRule> toManagement = resources(NetworkPolicy.class).stream()
                .flatMap(policy -> policy.getSpec().getIngress().stream())
                .filter(rule -> rule.getPorts().stream().anyMatch(port -> port.getPort().getIntVal() == 9000)).toList();
        assertThat(toManagement).isNotEmpty().allSatisfy(rule -> assertThat(rule.getFrom()).isNotEmpty()
                .allSatisfy(peer -> assertThat(peer.getIpBlock()).as("no address range reaches port 9000").isNull()));
    }

    private static <T> List<T> resources(Class<T> kind) {
        return manifests.stream().map(Manifest::resource).filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void everyFileAKustomizationNamesExists() throws IOException {
        for (Path file : yamlFiles()) {
            if (!file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            JsonNode kustomization = YAML.readTree(file.toFile());
            for (JsonNode resource : kustomization.path("resources")) {
                assertThat(file.getParent().resolve(resource.asText())).as(file + " names " + resource).exists();
            }
        }
    }

    /** fabric8's deserializer picks the typed class from apiVersion and kind. */
    private static HasMetadata parse(String document) throws IOException {
        return (HasMetadata) YAML.readValue(document, KubernetesResource.class);
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Names of the fields that fabric8 could not map, anywhere in the object. */
    static List<String> unknownFields(Object model) {
        List<String> unknown = new ArrayList<>();
        walk(model, unknown, Collections.newSetFromMap(new IdentityHashMap<>()));
        return unknown;
    }

    private static void walk(Object value, List<String> unknown, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(element -> walk(element, unknown, seen));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(element -> walk(element, unknown, seen));
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
            if (getter.getName().equals("getAdditionalProperties") && field instanceof Map<?, ?> extra) {
                extra.keySet().forEach(key -> unknown.add(String.valueOf(key)));
            } else {
                walk(field, unknown, seen);
            }
        }
    }
}
