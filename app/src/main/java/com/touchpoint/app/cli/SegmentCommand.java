package com.touchpoint.app.cli;

import picocli.CommandLine.Command;

/** Groups the segment commands. */
@Command(name = "segment", description = "Count or list the members of a segment written as JSON "
        + "(format: README.md, section Segments).", subcommands = {SegmentCountCommand.class, SegmentMembersCommand.class})
final class SegmentCommand {
}
