package org.irtiqa.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Linux network namespace joined to this host by a veth pair ({@code ip netns}, iproute2; needs
 * root): a process started through {@link #exec()} has a network of its own, which {@link #cut()}
 * takes away — its link goes down, packets to it vanish, its connections hang rather than being
 * refused — and {@link #restore()} gives back. That is a partition, which a killed process is not:
 * the broker behind it lives on and still believes what it believed. The host side has
 * {@link #hostAddress()}, the namespace {@link #address()}; servers both sides must reach listen
 * on these, not on 127.0.0.1 (each namespace has its own loopback).
 */
public final class NetworkNamespace implements AutoCloseable {

    private final String name;
    private final String hostAddress;
    private final String address;
    private final String inside;

    private NetworkNamespace(String name, int subnet) {
        this.name = name;
        this.hostAddress = "10.203." + subnet + ".1";
        this.address = "10.203." + subnet + ".2";
        this.inside = name + "-n";
    }

    /** Whether this process may make namespaces here (root, iproute2 present, the kernel allowing it). */
    public static boolean available() {
        String probe = "irtiqa-probe-" + ProcessHandle.current().pid();
        boolean added = run(false, "ip", "netns", "add", probe);
        return added && run(false, "ip", "netns", "del", probe);
    }

    /** A namespace named after this JVM, joined to the host; deleted by {@link #close()} or at exit. */
    public static NetworkNamespace create() {
        long pid = ProcessHandle.current().pid();
        NetworkNamespace ns = new NetworkNamespace("irt" + pid % 1_000_000, (int) (pid % 250) + 1);
        String outside = ns.name + "-h"; // interface names are at most 15 characters
        ns.close(); // a namespace left by an earlier JVM of the same pid
        run(true, "ip", "netns", "add", ns.name);
        Shutdown.register(Shutdown.Phase.FILES, ns::close);
        run(true, "ip", "link", "add", outside, "type", "veth", "peer", "name", ns.inside);
        run(true, "ip", "link", "set", ns.inside, "netns", ns.name);
        run(true, "ip", "addr", "add", ns.hostAddress + "/30", "dev", outside);
        run(true, "ip", "link", "set", outside, "up");
        ns.inNamespace("ip", "addr", "add", ns.address + "/30", "dev", ns.inside);
        ns.inNamespace("ip", "link", "set", ns.inside, "up");
        ns.inNamespace("ip", "link", "set", "lo", "up");
        return ns;
    }

    /** The command prefix that runs a program inside. */
    public List<String> exec() {
        return List.of("ip", "netns", "exec", name);
    }

    public String hostAddress() {
        return hostAddress;
    }

    public String address() {
        return address;
    }

    /** Takes the namespace's link down: nothing reaches it, nothing leaves it. */
    public void cut() {
        inNamespace("ip", "link", "set", inside, "down");
    }

    public void restore() {
        inNamespace("ip", "link", "set", inside, "up");
    }

    /** Deletes the namespace (and with it the veth pair); harmless when it is gone. */
    @Override
    public void close() {
        run(false, "ip", "netns", "del", name);
    }

    private void inNamespace(String... command) {
        List<String> full = new ArrayList<>(exec());
        full.addAll(List.of(command));
        run(true, full.toArray(String[]::new));
    }

    private static boolean run(boolean mustSucceed, String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean ended = process.waitFor(10, TimeUnit.SECONDS);
            boolean succeeded = ended && process.exitValue() == 0;
            if (!succeeded && mustSucceed) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return succeeded;
        } catch (IOException e) {
            if (mustSucceed) {
                throw new IllegalStateException("Could not run " + String.join(" ", command), e);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + String.join(" ", command), e);
        }
    }
}
