import type os from "node:os";
import { describe, expect, it } from "vitest";
import { joinAddressFor, joinAddresses, joinUrl, publicUrlIsInvalid } from "./join-addresses";

type Interfaces = ReturnType<typeof os.networkInterfaces>;

function nic(address: string, family: "IPv4" | "IPv6" = "IPv4", internal = false) {
  return {
    address,
    family,
    internal,
    netmask: "255.255.255.0",
    mac: "00:00:00:00:00:00",
    cidr: null,
  } as unknown as os.NetworkInterfaceInfo;
}

const classroomLaptop: Interfaces = {
  lo: [nic("127.0.0.1", "IPv4", true), nic("::1", "IPv6", true)],
  docker0: [nic("172.17.0.1")],
  eth0: [nic("81.2.69.160")],
  wlan0: [nic("192.168.1.20"), nic("fe80::1", "IPv6")],
};

describe("joinAddresses", () => {
  it("is empty when the server only listens on this computer", () => {
    expect(joinAddresses({}, classroomLaptop)).toEqual([]);
    expect(joinAddresses({ HOST: "127.0.0.1", PORT: "3000" }, classroomLaptop)).toEqual([]);
    expect(joinAddresses({ HOST: "localhost" }, classroomLaptop)).toEqual([]);
    expect(joinAddresses({ HOST: "::1" }, classroomLaptop)).toEqual([]);
  });

  it("lists this computer's network addresses when it listens on all of them, Wi-Fi-style private ones first", () => {
    expect(joinAddresses({ HOST: "0.0.0.0", PORT: "3000" }, classroomLaptop)).toEqual([
      "192.168.1.20:3000/join",
      "172.17.0.1:3000/join",
      "81.2.69.160:3000/join",
    ]);
    expect(joinAddresses({ HOST: "0.0.0.0" }, { lo: [nic("127.0.0.1", "IPv4", true)] })).toEqual([]);
  });

  it("uses the address the server was told to listen on", () => {
    expect(joinAddresses({ HOST: "10.0.0.5", PORT: "8080" }, classroomLaptop)).toEqual([
      "10.0.0.5:8080/join",
    ]);
    expect(joinAddresses({ HOST: "fd00::5", PORT: "8080" }, classroomLaptop)).toEqual([
      "[fd00::5]:8080/join",
    ]);
  });

  it("prefers PUBLIC_URL, keeping https and any path prefix", () => {
    expect(
      joinAddresses({ PUBLIC_URL: "http://crm.college.local:3000/", HOST: "0.0.0.0" }, classroomLaptop),
    ).toEqual(["crm.college.local:3000/join"]);
    expect(joinAddresses({ PUBLIC_URL: "https://college.ac.uk/crm" }, classroomLaptop)).toEqual([
      "https://college.ac.uk/crm/join",
    ]);
  });

  it("ignores a PUBLIC_URL that is not an http(s) address, and says so", () => {
    expect(joinAddresses({ PUBLIC_URL: "not a url", HOST: "10.0.0.5" }, classroomLaptop)).toEqual([
      "10.0.0.5:3000/join",
    ]);
    expect(joinAddresses({ PUBLIC_URL: "ftp://x" }, classroomLaptop)).toEqual([]);
    expect(publicUrlIsInvalid({ PUBLIC_URL: "not a url" })).toBe(true);
    expect(publicUrlIsInvalid({ PUBLIC_URL: "ftp://x" })).toBe(true);
    expect(publicUrlIsInvalid({ PUBLIC_URL: "https://college.ac.uk" })).toBe(false);
    expect(publicUrlIsInvalid({})).toBe(false);
  });
});

describe("joinUrl", () => {
  it("turns a shown address into a link", () => {
    expect(joinUrl("192.168.1.20:3000/join")).toBe("http://192.168.1.20:3000/join");
    expect(joinUrl("https://college.ac.uk/crm/join")).toBe("https://college.ac.uk/crm/join");
  });
});

describe("joinAddressFor (what the class page shows)", () => {
  const lan = { HOST: "0.0.0.0", PORT: "3000" };

  it("shows the tutor's own address when learners can reach it the same way", () => {
    expect(joinAddressFor("192.168.1.20:3000", lan, classroomLaptop)).toEqual({
      shown: "192.168.1.20:3000/join",
      alternatives: ["172.17.0.1:3000/join", "81.2.69.160:3000/join"],
      onlyThisComputer: false,
    });
    expect(joinAddressFor("crm.college.local", { HOST: "127.0.0.1" }, classroomLaptop)).toEqual({
      shown: "crm.college.local/join",
      alternatives: [],
      onlyThisComputer: false,
    });
  });

  it("replaces localhost with this computer's network addresses", () => {
    expect(joinAddressFor("localhost:3000", lan, classroomLaptop)).toEqual({
      shown: "192.168.1.20:3000/join",
      alternatives: ["172.17.0.1:3000/join", "81.2.69.160:3000/join"],
      onlyThisComputer: false,
    });
    expect(joinAddressFor("[::1]:3000", lan, classroomLaptop).shown).toBe("192.168.1.20:3000/join");
  });

  it("warns when the app only listens on this computer", () => {
    expect(joinAddressFor("127.0.0.1:3100", { HOST: "127.0.0.1" }, classroomLaptop)).toEqual({
      shown: "127.0.0.1:3100/join",
      alternatives: [],
      onlyThisComputer: true,
    });
    expect(joinAddressFor(undefined, { PORT: "3000" }, classroomLaptop)).toEqual({
      shown: "localhost:3000/join",
      alternatives: [],
      onlyThisComputer: true,
    });
  });

  it("does not warn when it listens on the network but this computer has no network address", () => {
    expect(joinAddressFor("localhost:3000", lan, { lo: [nic("127.0.0.1", "IPv4", true)] })).toEqual({
      shown: "localhost:3000/join",
      alternatives: [],
      onlyThisComputer: false,
    });
  });

  it("prefers PUBLIC_URL over every other address", () => {
    expect(
      joinAddressFor(
        "192.168.1.20:3000",
        { ...lan, PUBLIC_URL: "https://college.ac.uk/crm" },
        classroomLaptop,
      ),
    ).toEqual({
      shown: "https://college.ac.uk/crm/join",
      alternatives: [],
      onlyThisComputer: false,
    });
  });

  it("ignores a Host header that is not a host name", () => {
    expect(joinAddressFor("<script>", { HOST: "127.0.0.1", PORT: "3000" }, classroomLaptop).shown).toBe(
      "localhost:3000/join",
    );
  });
});
