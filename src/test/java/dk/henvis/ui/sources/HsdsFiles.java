package dk.henvis.ui.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Small HSDS 3 JSON source files for GUI sync tests. */
public final class HsdsFiles {
    private HsdsFiles() {
    }

    /** One service meeting weekly on {@code byday} at a street address in Frederikssund. */
    public record Service(String id, String name, String street, String byday) {
        String json() {
            return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"description\":\"Vi mødes og hygger os.\","
                    + "\"organization\":{\"id\":\"o1\",\"name\":\"Foreningen\"},"
                    + "\"service_at_locations\":[{\"location\":{\"id\":\"l-" + id + "\",\"name\":\"Huset\","
                    + "\"addresses\":[{\"address_1\":\"" + street + "\",\"city\":\"Frederikssund\","
                    + "\"postal_code\":\"3600\"}]}}],"
                    + "\"schedules\":[{\"freq\":\"WEEKLY\",\"byday\":\"" + byday + "\",\"opens_at\":\"10:00\","
                    + "\"closes_at\":\"12:00\"}]}";
        }
    }

    public static Service service(String id, String name) {
        return new Service(id, name, "Jernbanegade 1", "TU");
    }

    /** Writes (or rewrites) {@code file} with the services; a different size/time each write. */
    public static Path write(Path file, List<Service> services) throws IOException {
        String body = services.stream().map(Service::json).collect(Collectors.joining(",", "[", "]"));
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }
}
