package dk.henvis.handout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes sample handouts to look at (not a test): {@code mvn -q -B test-compile exec:java
 * -Dexec.mainClass=dk.henvis.handout.HandoutSamples -Dexec.args=target/samples}, then
 * {@code pdftoppm -png -r 80 target/samples/three.pdf h}.
 */
public final class HandoutSamples {
    private HandoutSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        HandoutRenderer r = new HandoutRenderer(HandoutSettings.defaults().withUnitPhone("47 35 10 00"));
        String code = "K7M-4TR";
        write(r, dir.resolve("three.pdf"), new HandoutRequest(List.of(HandoutFixtures.choir(), HandoutFixtures.walk(),
                HandoutFixtures.cafe()), "Inger", "Jeg ringer til dig på fredag", code, HandoutFixtures.TODAY, false));
        write(r, dir.resolve("one.pdf"), new HandoutRequest(List.of(HandoutFixtures.choir()), "Inger", null, code,
                HandoutFixtures.TODAY, false));
        write(r, dir.resolve("large.pdf"), new HandoutRequest(List.of(HandoutFixtures.choir(), HandoutFixtures.cafe()),
                "Inger", "Jeg ringer til dig på fredag", code, HandoutFixtures.TODAY, true));
        write(r, dir.resolve("huge.pdf"), new HandoutRequest(List.of(HandoutFixtures.huge("a"), HandoutFixtures.huge("b"),
                HandoutFixtures.huge("c")), HandoutFixtures.repeat("Anne-Marie ", 200),
                HandoutFixtures.repeat("Husk at tage dine gode sko på, og ring endelig hvis du har spørgsmål. ", 1500),
                code, HandoutFixtures.TODAY, false));
        write(r, dir.resolve("scripts.pdf"), new HandoutRequest(List.of(HandoutFixtures.cyrillic(),
                HandoutFixtures.arabic(), HandoutFixtures.online()), "Фатима فاطمة", "Vi ses 😊 på tirsdag 你好", code,
                HandoutFixtures.TODAY, false));
    }

    private static void write(HandoutRenderer r, Path out, HandoutRequest req) {
        Handout h = r.write(req, out);
        System.out.println(out + " body=" + h.bodySize() + "pt");
    }
}
