#!/usr/bin/perl
# scripts/readme.pl - README's tour blocks and contents, kept true.
#
#   perl scripts/readme.pl write README.md [DEMO_OUTPUT]   (what `make readme` runs)
#   perl scripts/readme.pl check README.md DEMO_OUTPUT [FUNCTIONS]
#                                                 (what `make test` runs; prints TAP)
#
# DEMO_OUTPUT is what `make demo` prints on the sample page (scripts/lib.sh
# run_tour). It is a sequence of sections, each starting with a line
# "-- title" (a demo file's  \echo '-- title'), then the queries psql echoed
# and their results.
#
# A tour block is a fenced code block of README.md with no info string
# whose first line is "-- title": its content is the demo section of that
# title, exactly (trailing white space ignored). `write` fills every tour
# block from the demo output and regenerates the contents list under
# "## Contents" from the ## and ### headings; `check` fails when a tour
# block differs from the demo, names a section the demo does not print, when
# a code block in the Tour is not a tour block, when the contents list is
# stale, or when a link to a heading or a file of the repository leads
# nowhere.  FUNCTIONS, one name a line (scripts/user_functions.sql: every
# function a user calls by name), must each be named in README, in backquotes
# as `name(...)` or `name`, so the reference misses none.
use strict;
use warnings;
use utf8;
use open qw(:std :encoding(UTF-8));

my ($mode, $readme, $demo, $functions) = @ARGV;
die "usage: $0 write README.md [DEMO_OUTPUT] | check README.md DEMO_OUTPUT [FUNCTIONS]\n"
	unless $mode && $readme && ($mode eq 'write' || ($mode eq 'check' && $demo));

sub read_lines {
	my ($file) = @_;
	open(my $fh, '<', $file) or die "$0: cannot read $file: $!\n";
	my @lines = map { s/\r?\n\z//r =~ s/[ \t]+\z//r } <$fh>;
	return @lines;
}

# The demo's sections: title => [lines], in the order printed.
sub demo_sections {
	my @lines = read_lines(@_);
	my (%text, @order, %count, $title);
	for my $line (@lines) {
		if ($line =~ /^-- (.+)$/) {
			$title = $1;
			push @order, $title unless $count{$title}++;
			$text{$title} = [$line];
		} elsif (defined $title) {
			push @{ $text{$title} }, $line;
		}
	}
	for my $t (@order) {
		pop @{ $text{$t} } while @{ $text{$t} } && $text{$t}[-1] eq '';
	}
	return (\%text, \@order, \%count);
}

# GitHub's anchor for a heading: lower case, punctuation dropped, spaces
# to hyphens; a repeated anchor gets -1, -2 ...
sub anchor {
	my ($heading, $seen) = @_;
	my $a = lc $heading;
	$a =~ s/[^\p{L}\p{N}\p{M} _-]//g;
	$a =~ s/ /-/g;
	my $n = $seen->{$a}++;
	return $n ? "$a-$n" : $a;
}

# Walk README: headings outside code, code blocks with their first line.
sub parse_readme {
	my @lines = @_;
	my (@headings, @blocks, $fence, $block);
	my $section = '';
	for my $i (0 .. $#lines) {
		my $line = $lines[$i];
		if (defined $fence) {
			if ($line =~ /^\Q$fence\E\s*$/) {
				$block->{end} = $i;
				push @blocks, $block;
				undef $fence;
			}
			next;
		}
		if ($line =~ /^(`{3,}|~{3,})(.*)$/) {
			$fence = $1;
			$block = { start => $i, info => $2, section => $section };
			my $first = $lines[$i + 1] // '';
			$block->{title} = $1 if $2 eq '' && $first =~ /^-- (.+)$/;
			next;
		}
		if ($line =~ /^(#{1,6}) (.+)$/) {
			push @headings, { level => length $1, text => $2, line => $i };
			$section = $2 if length $1 == 2;
		}
	}
	die "$0: $readme: a code block opened at line " . ($block->{start} + 1) . " is never closed\n"
		if defined $fence;
	return (\@headings, \@blocks);
}

sub contents_list {
	my ($headings) = @_;
	my (%seen, @toc);
	for my $h (@$headings) {
		next if $h->{level} < 2 || $h->{level} > 3 || $h->{text} eq 'Contents';
		my $a = anchor($h->{text}, \%seen);
		push @toc, ($h->{level} == 3 ? '  ' : '') . "- [$h->{text}](#$a)";
	}
	return @toc;
}

# Line range of the list under "## Contents": [first, last], or undef.
sub contents_range {
	my @lines = @_;
	my ($i) = grep { $lines[$_] eq '## Contents' } 0 .. $#lines;
	return unless defined $i;
	$i++;
	$i++ while $i <= $#lines && $lines[$i] eq '';
	my $first = $i;
	$i++ while $i <= $#lines && $lines[$i] =~ /^\s*- /;
	return ($first, $i - 1);
}

my @lines = read_lines($readme);
my ($headings, $blocks) = parse_readme(@lines);
my ($text, $order, $count) = $demo ? demo_sections($demo) : ({}, [], {});

if ($mode eq 'write') {
	# From the end, so earlier line numbers stay valid.
	for my $b (reverse @$blocks) {
		next unless defined $b->{title} && $demo;
		my $new = $text->{ $b->{title} }
			or die "$0: README line " . ($b->{start} + 2) . ": \"-- $b->{title}\" is not a section make demo prints\n";
		splice @lines, $b->{start} + 1, $b->{end} - $b->{start} - 1, @$new;
	}
	($headings) = parse_readme(@lines);
	my ($first, $last) = contents_range(@lines);
	die "$0: $readme has no \"## Contents\" list\n" unless defined $first;
	splice @lines, $first, $last - $first + 1, contents_list($headings);
	open(my $out, '>', "$readme.tmp") or die "$0: cannot write $readme.tmp: $!\n";
	print $out map { "$_\n" } @lines;
	close $out or die "$0: cannot write $readme.tmp: $!\n";
	rename "$readme.tmp", $readme or die "$0: cannot replace $readme: $!\n";
	exit 0;
}

# ---- check: TAP ----
my $n = 0;
my $failed = 0;
sub ok {
	my ($pass, $what, @diag) = @_;
	$n++;
	print $pass ? "ok $n - $what\n" : "not ok $n - $what\n";
	print map { "#   $_\n" } @diag[0 .. ($#diag < 19 ? $#diag : 19)] unless $pass;
	$failed++ unless $pass;
}

# Where two texts first differ, a few lines of each.
sub first_difference {
	my ($want, $got) = @_;
	my $i = 0;
	$i++ while $i < @$want && $i < @$got && $want->[$i] eq $got->[$i];
	my @diag = ("first difference at line " . ($i + 1) . " of the block:");
	push @diag, map { "README: $_" } grep { defined } @$got[$i .. $i + 3];
	push @diag, map { "demo:   $_" } grep { defined } @$want[$i .. $i + 3];
	return @diag;
}

my @twice = grep { $count->{$_} > 1 } @$order;
ok(!@twice, 'every demo section title is printed once', map { "printed twice: -- $_" } @twice);

my @tour = grep { defined $_->{title} } @$blocks;
ok(scalar @tour, 'README has tour blocks (code blocks starting with a "-- title" line)');

my %shown;
for my $b (@tour) {
	my $at = 'README line ' . ($b->{start} + 2);
	my $want = $text->{ $b->{title} };
	if (!$want) {
		ok(0, "tour block \"-- $b->{title}\" is a section make demo prints",
			"$at: no demo section has this title; demo/*.sql print:", map { "-- $_" } @$order);
		next;
	}
	$shown{ $b->{title} } = 1;
	my @got = @lines[$b->{start} + 1 .. $b->{end} - 1];
	my $same = join("\n", @got) eq join("\n", @$want);
	ok($same, "tour block \"-- $b->{title}\" is what make demo prints",
		"$at; run `make readme` to rewrite the tour from the demo", first_difference($want, \@got));
}

my @stray = grep { $_->{section} eq 'Tour' && !defined $_->{title} } @$blocks;
ok(!@stray, 'every code block in the Tour is a demo section',
	map { 'README line ' . ($_->{start} + 1) . ': a code block that is not "-- title" + what make demo prints' } @stray);

my ($first, $last) = contents_range(@lines);
my @toc = contents_list($headings);
my @have = defined $first ? @lines[$first .. $last] : ();
ok(defined $first && join("\n", @have) eq join("\n", @toc),
	'the contents list is the ## and ### headings (`make readme` rewrites it)',
	defined $first ? first_difference(\@toc, \@have) : 'no "## Contents" list');

my %anchors;
{ my %seen; $anchors{ anchor($_->{text}, \%seen) } = 1 for @$headings; }
my (@bad_anchor, @bad_file);
my $dir = $readme =~ s{[^/]*$}{}r;
my $in_code = 0;
for my $line (@lines) {
	$in_code = !$in_code if $line =~ /^(`{3,}|~{3,})/;
	next if $in_code;
	for my $target ($line =~ /\]\(([^)\s]+)\)/g) {
		if ($target =~ /^#(.+)$/) {
			push @bad_anchor, $target unless $anchors{$1};
		} elsif ($target !~ m{^[a-z]+:}) {
			my $path = $target =~ s/#.*$//r;
			push @bad_file, $target unless -e "$dir$path" || -e $path;
		}
	}
}
ok(!@bad_anchor, 'every link to a heading leads to one', map { "no heading for $_" } @bad_anchor);
ok(!@bad_file, 'every link to a file of the repository leads to one', map { "no file $_" } @bad_file);
ok(!grep({ /<!--/ } @lines), 'no HTML comment markers in README');

if ($functions) {
	my @names = grep { $_ ne '' } read_lines($functions);
	my $text = join "\n", @lines;
	my @missing = grep { $text !~ /`\Q$_\E[(`]/ } @names;
	ok(@names && !@missing, 'README names every function a user calls (' . scalar(@names) . ' of them)',
		(@names ? (map { "not in README: $_" } @missing) : ('no function names given')));
}

print "# demo section not shown in README: -- $_\n" for grep { !$shown{$_} } @$order;
print "1..$n\n";
exit($failed ? 1 : 0);
