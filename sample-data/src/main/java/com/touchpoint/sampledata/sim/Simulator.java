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
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the whole simulation day by day and streams every export: the CRM first, then each day's rows in time order,
 * spend rows per day and campaign, and the path report at the end. Memory grows with the number of people (their
 * identifiers and touch state), not with the number of rows. One random stream drives it all in a fixed order,
 * so a seed always gives the same files.
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

    /** What the simulation produced besides the files. */
    public record Result(Person[] people, List<String> sharedDeviceIds, Tally tally) {
    }

    /** The calendar facts of one simulated day. */
    private record Day(int index, LocalDate date, long epoch, String email, String sms, String push,
                       boolean weekend) {
    }

    private final SampleSpec spec;
    private final Exports out;
    private final SplittableRandom rng;
    private final Tally tally = new Tally();
    private final DayBuffers rows = new DayBuffers();
    private final PathRecorder paths;
    private final Sessions sessions;
    private final PersonDay personDay;

    public Simulator(SampleSpec spec, Exports out) {
        this.spec = spec;
        this.out = out;
        this.rng = Randoms.stream(spec.seed(), "simulation", 0);
        this.paths = new PathRecorder(spec.users());
        this.sessions = new Sessions(rows, rng, tally);
        this.personDay = new PersonDay(spec.users(), paths, sessions, rng, tally);
    }

    public Result run() throws IOException {
        LocalDate start = spec.startDate();
        Person[] people = peopleAndCrm(new Population(spec.seed(), start));
        SharedDevices shared = SharedDevices.choose(people, spec.seed());
        SpendPlan spend = new SpendPlan(spec.seed(), spec.users());
        long windowEpoch = start.atStartOfDay().toEpochSecond(Texts.SHANGHAI);
        for (int index = 0; index < spec.days(); index++) {
            LocalDate date = start.plusDays(index);
            DayOfWeek weekday = date.getDayOfWeek();
            Day day = new Day(index, date, windowEpoch + index * 86_400L, CampaignCalendar.emailCampaign(date),
                    CampaignCalendar.smsCampaign(date), CampaignCalendar.pushCampaign(date),
                    weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY);
            sessions.startDay(day.epoch());
            AdClicks clicks = adClicks(spend, day, people.length);
            for (Person p : people) {
                plan(p, day, clicks);
                personDay.live();
            }
            shared.live(people, sessions, rng, day.epoch());
            rows.flush(out, date, index == spec.days() - 1);
        }
        for (PathReport.Path path : paths.finish()) {
            out.paths.write(path);
        }
        return new Result(people, shared.ids(), tally);
    }

    private Person[] peopleAndCrm(Population population) throws IOException {
        Person[] people = new Person[spec.users()];
        for (int i = 0; i < people.length; i++) {
            Person p = population.person(i);
            people[i] = p;
            if (p.isMember()) {
                Person.Profile f = p.profile();
                out.crm.write(new CrmCustomers.Customer(p.memberId(), p.phone(), population.asTypedInCrm(p), f.name(),
                        f.male(), f.birthday(), f.city(), f.tier(), f.registeredAt()));
            }
        }
        return people;
    }

    /** Everything that reaches {@code p} today, in no particular order: campaigns, ad clicks, organic visits. */
    private void plan(Person p, Day day, AdClicks clicks) {
        personDay.begin(p, day.index(), day.epoch(), day.weekend());
        if (day.email() != null && p.emailSubscribed() && rng.nextDouble() < CampaignCalendar.EMAIL_AUDIENCE) {
            email(p, day.email(), day.epoch());
        }
        if (day.sms() != null && p.smsOptIn() && rng.nextDouble() < CampaignCalendar.SMS_AUDIENCE) {
            sms(p, day.sms(), day.epoch());
        }
        if (day.push() != null && p.pushEnabled() && rng.nextDouble() < PUSH_OPEN_RATE) {
            int second = CampaignCalendar.PUSH_SEND_SECOND + (int) Math.min(Randoms.exp1(rng) * 2_400, 14_000);
            personDay.plan(second, PersonDay.Kind.PUSH_OPEN, day.push(), Channel.PUSH);
        }
        while (clicks.hasNextFor(p.index())) {
            int second = clicks.nextSecond();
            AdCampaign campaign = AdCampaign.all().get(clicks.takeCampaign());
            personDay.plan(second, PersonDay.Kind.AD_CLICK, campaign.name(), campaign.channel());
        }
        for (int v = Randoms.poisson(rng, WEB_VISIT_RATE * p.propensity()); v > 0; v--) {
            personDay.plan(DayProfile.drawSecond(rng), PersonDay.Kind.WEB_VISIT, null, Channel.DIRECT);
        }
        if (p.hasApp()) {
            for (int v = Randoms.poisson(rng, APP_VISIT_RATE * p.propensity()); v > 0; v--) {
                personDay.plan(DayProfile.drawSecond(rng), PersonDay.Kind.APP_VISIT, null, Channel.DIRECT);
            }
        }
    }

    private void email(Person p, String campaign, long dayEpoch) {
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

    private void sms(Person p, String campaign, long dayEpoch) {
        // each person's number was typed once, in one of three formats
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

    /** Writes the day's spend rows and hands each click to a person drawn at random. */
    private AdClicks adClicks(SpendPlan spend, Day day, int people) throws IOException {
        AdClicks clicks = new AdClicks();
        List<AdCampaign> campaigns = AdCampaign.all();
        for (int c = 0; c < campaigns.size(); c++) {
            AdCampaign campaign = campaigns.get(c);
            SpendPlan.Outcome outcome = spend.day(c, campaign, day.index());
            spendFile(campaign.channel()).write(new SpendReports.Day(day.date(), campaign.channel().code(),
                    campaign.name(), outcome.costCents(), outcome.impressions(), outcome.clicks()));
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
