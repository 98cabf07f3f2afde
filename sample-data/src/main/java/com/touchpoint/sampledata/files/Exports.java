package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.FileManifest;
import com.touchpoint.sampledata.SampleSpec;
import com.touchpoint.sampledata.sim.Randoms;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** All export files of one generated set, open for writing, in the order the manifest lists them. */
public final class Exports implements Closeable {

    public final ExportFile<CrmCustomers.Customer> crm;
    public final ExportFile<WebEvents.Event> web;
    public final ExportFile<WebEvents.Event> webPart2;
    public final ExportFile<AppEvents.Event> app;
    public final ExportFile<PosOrders.Order> pos;
    public final ExportFile<EmailCampaigns.Activity> email;
    public final ExportFile<SmsCampaigns.Message> sms;
    public final ExportFile<SpendReports.Day> spendSearch;
    public final ExportFile<SpendReports.Day> spendFeed;
    public final ExportFile<SpendReports.Day> spendSocial;
    public final ExportFile<PathReport.Path> paths;
    private final List<ExportFile<?>> all = new ArrayList<>();

    public Exports(Path dir, SampleSpec spec) throws IOException {
        double broken = spec.brokenRowRate();
        double duplicate = spec.duplicateRowRate();
        try {
            crm = open(dir, spec, CrmCustomers.LAYOUT, new CrmCustomers(), broken, duplicate);
            web = open(dir, spec, WebEvents.LAYOUT, new WebEvents(), broken, duplicate);
            webPart2 = open(dir, spec, WebEvents.PART2, new WebEvents(), 0, 0);
            app = open(dir, spec, AppEvents.LAYOUT, new AppEvents(), broken, duplicate);
            pos = open(dir, spec, PosOrders.LAYOUT, new PosOrders(), broken, duplicate);
            email = open(dir, spec, EmailCampaigns.LAYOUT, new EmailCampaigns(), broken, duplicate);
            sms = open(dir, spec, SmsCampaigns.LAYOUT, new SmsCampaigns(), broken, duplicate);
            spendSearch = open(dir, spec, SpendReports.SEARCH, new SpendReports(), broken, duplicate);
            spendFeed = open(dir, spec, SpendReports.FEED, new SpendReports(), broken, duplicate);
            spendSocial = open(dir, spec, SpendReports.SOCIAL, new SpendReports(), broken, duplicate);
            // An aggregated report has no duplicated rows: a repeated path would double its counts.
            paths = open(dir, spec, PathReport.LAYOUT, new PathReport(), broken, 0);
        } catch (IOException | RuntimeException e) {
            try {
                close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The files of a set, in the order they are opened and listed in the manifest. */
    public static List<FileLayout> layouts() {
        return List.of(CrmCustomers.LAYOUT, WebEvents.LAYOUT, WebEvents.PART2, AppEvents.LAYOUT, PosOrders.LAYOUT,
                EmailCampaigns.LAYOUT, SmsCampaigns.LAYOUT, SpendReports.SEARCH, SpendReports.FEED,
                SpendReports.SOCIAL, PathReport.LAYOUT);
    }

    private <T> ExportFile<T> open(Path dir, SampleSpec spec, FileLayout layout, RowFormat<T> format, double broken,
                                   double duplicate) throws IOException {
        ExportFile<T> file = new ExportFile<>(dir, layout, format, Randoms.stream(spec.seed(), layout.name(), 0),
                broken, duplicate);
        all.add(file);
        return file;
    }

    /** What each file holds so far. */
    public List<FileManifest> manifests() {
        return all.stream().map(ExportFile::manifest).toList();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ExportFile<?> file : all) {
            try {
                file.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
