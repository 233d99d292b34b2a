package org.gridgov.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of simulated days, on stderr so that stdout keeps only the results. */
final class Progress {
    private Progress() {
    }

    static ProgressBar days(boolean zh, int days) {
        return new ProgressBarBuilder().setTaskName(zh ? "模拟" : "simulating").setInitialMax(days)
                .setStyle(ProgressBarStyle.ASCII).setUnit(zh ? " 天" : " days", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
