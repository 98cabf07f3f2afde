package com.touchpoint.sampledata.sim;

import com.touchpoint.sampledata.SampleSpec;
import com.touchpoint.sampledata.files.CrmCustomers;
import com.touchpoint.sampledata.files.EmailCampaigns;
import com.touchpoint.sampledata.files.ExportFile;
import com.touchpoint.sampledata.files.Exports;
import com.touchpoint.sampledata.files.PathReport;
import com.touchpoint.sampledata.files.SmsCampaigns;
import com.touchpoint.sampledata.files.SpendReports;
import com.touchpoint.sampledata.files.Texts;
import com.touchpoint.sampledata.people.Person;
import com.touchpoint.sampledata.people.Population;
import com.touchpoint.sampledata.world.AdCampaign;
import com.touchpoint.sampledata.world.CampaignCalendar;
import com.touchpoint.sampledata.world.Channel;
import com.touchpoint.sampledata.world.DayProfile;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the whole simulation day by day and streams every export: the CRM first, then each day's rows in time order,
 * spend rows per day and campaign, and the path report at the end. Memory grows with the number of people (their
 * identifiers and touch state), not with the number of rows.
 */
public final class Simulator {

    /** Direct web visits per person and day, for propensity 1 (they cause nothing, but track propensity). */
    public static final double WEB_VISIT_RATE = 0.010;
    /** App opens from the icon per app user and day, for propensity 1. */
    public static final double APP_VISIT_RATE = 0.015;
    /** Share of push notifications opened. */
    public static final double PUSH_OPEN_RATE = 0.08;
    /** E-mail opens per send, and clicks per open. */
    public static final double EMAIL_OPEN_RATE = 0.22;
    public static final double EMAIL_CLICK_PER_OPEN = 0.15;
    /** SMS link clicks per send (recorded, no session: the link opens a coupon in a mini program). */
    public static final double SMS_CLICK_RATE = 0.05;

    private final SampleSpec spec;
    private final Exports out;

    /** What the simulation produced besides the files. */
    public record Result(Person[] people, List<String> sharedDeviceIds, Tally tally) {
    }

    public Simulator(SampleSpec spec, Exports out) {
        this.spec = spec;
        this.out = out;
    }

    public Result run() throws IOException {
        LocalDate start = spec.startDate();
        Population population = new Population(spec.seed(), start);
        Person[] people = new Person[spec.users()];
        for (int i = 0; i < people.length; i++) {
            people[i] = population.person(i);
            if (people[i].isMember()) {
                out.crm.write(customer(people[i], population));
            }
        }
        SharedDevices shared = SharedDevices.choose(people, spec.seed());
        Tally tally = new Tally();
        PathRecorder paths = new PathRecorder(people.length);
        DayBuffers rows = new DayBuffers();
        SpendPlan spend = new SpendPlan(spec.seed(), spec.users());
        long windowEpoch = start.atStartOfDay().toEpochSecond(Texts.SHANGHAI);
        SplittableRandom rng = Randoms.stream(spec.seed(), "simulation", 0);
        Sessions sessions = new Sessions(rows, rng, tally);
        PersonDay personDay = new PersonDay(people.length, paths, sessions, rng, tally);

        for (int day = 0; day < spec.days(); day++) {
            LocalDate date = start.plusDays(day);
            long dayEpoch = windowEpoch + day * 86_400L;
            sessions.startDay(dayEpoch);
            AdClicks clicks = adClicks(spend, day, date, people.length, rng);
            String emailCampaign = CampaignCalendar.emailCampaign(date);
            String smsCampaign = CampaignCalendar.smsCampaign(date);
            String pushCampaign = CampaignCalendar.pushCampaign(date);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            int click = 0;
            for (Person p : people) {
                personDay.begin(p, day, dayEpoch, weekend);
                if (emailCampaign != null && p.emailSubscribed() && rng.nextDouble() < CampaignCalendar.EMAIL_AUDIENCE) {
                    email(p, emailCampaign, dayEpoch, rng, rows, personDay);
                }
                if (smsCampaign != null && p.smsOptIn() && rng.nextDouble() < CampaignCalendar.SMS_AUDIENCE) {
                    sms(p, smsCampaign, dayEpoch, rng, rows, personDay);
                }
                if (pushCampaign != null && p.pushEnabled() && rng.nextDouble() < PUSH_OPEN_RATE) {
                    int second = CampaignCalendar.PUSH_SEND_SECOND + (int) Math.min(Randoms.exp1(rng) * 2400, 14_000);
                    personDay.plan(second, PersonDay.Kind.PUSH_OPEN, pushCampaign, Channel.PUSH);
                }
                while (click < clicks.size && clicks.person[click] == p.index()) {
                    AdCampaign campaign = AdCampaign.all().get(clicks.campaign[click]);
                    personDay.plan(clicks.second[click], PersonDay.Kind.AD_CLICK, campaign.name(), campaign.channel());
                    click++;
                }
                for (int v = Randoms.poisson(rng, WEB_VISIT_RATE * p.propensity()); v > 0; v--) {
                    personDay.plan(DayProfile.drawSecond(rng), PersonDay.Kind.WEB_VISIT, null, Channel.DIRECT);
                }
                if (p.hasApp()) {
                    for (int v = Randoms.poisson(rng, APP_VISIT_RATE * p.propensity()); v > 0; v--) {
                        personDay.plan(DayProfile.drawSecond(rng), PersonDay.Kind.APP_VISIT, null, Channel.DIRECT);
                    }
                }
                personDay.live();
            }
            shared.live(people, sessions, rng, dayEpoch);
            rows.flush(out, date, day == spec.days() - 1);
        }
        for (PathReport.Path path : paths.finish()) {
            out.paths.write(path);
        }
        return new Result(people, shared.ids(), tally);
    }

    private static CrmCustomers.Customer customer(Person p, Population population) {
        Person.Profile f = p.profile();
        return new CrmCustomers.Customer(p.memberId(), p.phone(), population.asTypedInCrm(p), f.name(), f.male(),
                f.birthday(), f.city(), f.tier(), f.registeredAt());
    }

    private static void email(Person p, String campaign, long dayEpoch, SplittableRandom rng, DayBuffers rows,
                              PersonDay personDay) {
        int sent = CampaignCalendar.EMAIL_SEND_SECOND + rng.nextInt(2_400);
        rows.email.add(new EmailCampaigns.Activity(p.email(), campaign, "sent", dayEpoch + sent));
        if (rng.nextDouble() >= EMAIL_OPEN_RATE) {
            return;
        }
        int opened = sent + 60 + (int) (Randoms.exp1(rng) * 9_000);
        if (opened >= 86_400 - 1_000) {
            return;
        }
        rows.email.add(new EmailCampaigns.Activity(p.email(), campaign, "open", dayEpoch + opened));
        if (rng.nextDouble() < EMAIL_CLICK_PER_OPEN) {
            int clicked = opened + 30 + rng.nextInt(900);
            rows.email.add(new EmailCampaigns.Activity(p.email(), campaign, "click", dayEpoch + clicked));
            personDay.plan(clicked, PersonDay.Kind.EMAIL_CLICK, campaign, Channel.EMAIL);
        }
    }

    private void sms(Person p, String campaign, long dayEpoch, SplittableRandom rng, DayBuffers rows,
                     PersonDay personDay) {
        String phone = SmsCampaigns.asEntered(p.phone(), Randoms.stream(spec.seed(), "sms-format", p.index())
                .nextInt(3));
        int sent = CampaignCalendar.SMS_SEND_SECOND + rng.nextInt(1_200);
        rows.sms.add(new SmsCampaigns.Message(phone, campaign, "sent", dayEpoch + sent));
        personDay.plan(sent, PersonDay.Kind.SMS_SENT, campaign, Channel.SMS);
        if (rng.nextDouble() < SMS_CLICK_RATE) {
            int clicked = sent + 20 + (int) Math.min(Randoms.exp1(rng) * 1_800, 40_000);
            rows.sms.add(new SmsCampaigns.Message(phone, campaign, "click", dayEpoch + clicked));
        }
    }

    /** The day's ad clicks, sorted by person then time. */
    private static final class AdClicks {
        int size;
        int[] person = new int[16];
        int[] second = new int[16];
        int[] campaign = new int[16];

        void add(int p, int s, int c) {
            if (size == person.length) {
                person = Arrays.copyOf(person, size * 2);
                second = Arrays.copyOf(second, size * 2);
                campaign = Arrays.copyOf(campaign, size * 2);
            }
            person[size] = p;
            second[size] = s;
            campaign[size] = c;
            size++;
        }

        void sort() {
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = (long) person[i] << 32 | (long) second[i] << 5 | campaign[i];
            }
            Arrays.sort(keys);
            for (int i = 0; i < size; i++) {
                person[i] = (int) (keys[i] >>> 32);
                second[i] = (int) ((keys[i] >>> 5) & 0x7FFFFFF);
                campaign[i] = (int) (keys[i] & 31);
            }
        }
    }

    private AdClicks adClicks(SpendPlan spend, int day, LocalDate date, int people, SplittableRandom rng)
            throws IOException {
        AdClicks clicks = new AdClicks();
        List<AdCampaign> campaigns = AdCampaign.all();
        for (int c = 0; c < campaigns.size(); c++) {
            AdCampaign campaign = campaigns.get(c);
            SpendPlan.Outcome outcome = spend.day(c, campaign, day);
            spendFile(campaign.channel()).write(new SpendReports.Day(date, campaign.channel().code(), campaign.name(),
                    outcome.costCents(), outcome.impressions(), outcome.clicks()));
            for (int k = 0; k < outcome.clicks(); k++) {
                clicks.add(rng.nextInt(people), DayProfile.drawSecond(rng), c);
            }
        }
        clicks.sort();
        return clicks;
    }

    private ExportFile<SpendReports.Day> spendFile(Channel channel) {
        return switch (channel) {
            case SEARCH -> out.spendSearch;
            case FEED -> out.spendFeed;
            case SOCIAL -> out.spendSocial;
            default -> throw new IllegalArgumentException(channel + " has no spend report");
        };
    }
}
