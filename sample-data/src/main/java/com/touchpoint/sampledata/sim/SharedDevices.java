package com.touchpoint.sampledata.sim;

import com.touchpoint.sampledata.people.Person;
import com.touchpoint.sampledata.people.Population;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Tablets used by many members (a shop's demo iPad, a family tablet): about 1% of all app devices. Each has 6 to 15
 * members who log in on it for app sessions; they browse but never buy there, so these devices add no purchases.
 */
final class SharedDevices {

    /** Shared devices as a share of all app devices. */
    static final double SHARE_OF_DEVICES = 0.01;
    static final int MIN_MEMBERS = 6;
    static final int MAX_MEMBERS = 15;
    /** Sessions per shared device and day. */
    static final double SESSIONS_PER_DAY = 0.6;

    /** One shared device and the people (indices) who use it. */
    record Device(String id, int[] users) {
    }

    private final List<Device> devices;

    private SharedDevices(List<Device> devices) {
        this.devices = devices;
    }

    /** Picks the shared devices and their members; none when the population has too few members. */
    static SharedDevices choose(Person[] people, long seed) {
        int personalDevices = 0;
        List<Integer> members = new ArrayList<>();
        for (Person p : people) {
            personalDevices += p.devices().length;
            if (p.isMember()) {
                members.add(p.index());
            }
        }
        int count = (int) Math.round(personalDevices * SHARE_OF_DEVICES / (1 - SHARE_OF_DEVICES));
        List<Device> devices = new ArrayList<>();
        if (members.size() < MAX_MEMBERS * 2) {
            return new SharedDevices(devices);
        }
        SplittableRandom rng = Randoms.stream(seed, "shared-devices", 0);
        for (int d = 0; d < count; d++) {
            int wanted = MIN_MEMBERS + rng.nextInt(MAX_MEMBERS - MIN_MEMBERS + 1);
            Set<Integer> users = new LinkedHashSet<>();
            while (users.size() < wanted) {
                users.add(members.get(rng.nextInt(members.size())));
            }
            devices.add(new Device(Population.newDeviceId(rng), users.stream().mapToInt(Integer::intValue).toArray()));
        }
        return new SharedDevices(devices);
    }

    List<String> ids() {
        return devices.stream().map(Device::id).toList();
    }

    /** The day's sessions on shared devices: a member logs in, opens the app, looks at products. */
    void live(Person[] people, Sessions sessions, SplittableRandom rng, long dayEpoch) {
        for (Device device : devices) {
            int n = Randoms.poisson(rng, SESSIONS_PER_DAY);
            for (int s = 0; s < n; s++) {
                Person user = people[device.users()[rng.nextInt(device.users().length)]];
                Sessions.AppSession session = new Sessions.AppSession(device.id(), user.memberId(), "app", null);
                sessions.appOpen(session, dayEpoch + 9 * 3600 + rng.nextInt(12 * 3600), false);
            }
        }
    }
}
