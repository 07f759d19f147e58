#!/usr/bin/env bash
# test/cluster/meta.sh - META.json is valid JSON, follows the PGXN Meta Spec
# 1.0.0 (https://pgxn.org/meta/spec.txt: the required keys and the form of
# every key it has), and agrees with the control file and the Debian
# changelog: one release version everywhere.
set -u
source "$(dirname "$0")/tap.sh"
cd "$(dirname "$0")/../.."

# Prints one line per violation of the spec (nothing when META.json is right).
spec_problems() {
	perl -MJSON::PP -e '
	use strict; use warnings;
	my @p;
	my $text = do { local $/; open my $f, "<", "META.json" or die "no META.json\n"; <$f> };
	my $m = eval { JSON::PP->new->relaxed(0)->decode($text) };
	if (!$m) { print "not valid JSON: $@"; exit }
	my $semver = qr/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
	my $term = qr/^[^\/\\\s[:cntrl:]]{2,}$/;
	my %licenses = map { $_ => 1 } qw(agpl_3 apache_1_1 apache_2_0 artistic_1 artistic_2 bsd freebsd
		gfdl_1_2 gfdl_1_3 gpl_1 gpl_2 gpl_3 lgpl_2_1 lgpl_3_0 mit mozilla_1_0 mozilla_1_1 openssl perl_5
		postgresql qpl_1_0 ssleay sun zlib open_source restricted unrestricted unknown);
	my $str = sub { defined $_[0] && !ref $_[0] && length $_[0] };
	my $file = sub { $str->($_[0]) && $_[0] !~ m{^/|\\} && -f $_[0] };
	for my $k (qw(name version abstract maintainer license provides meta-spec)) {
		push @p, "required key $k is missing" unless exists $m->{$k};
	}
	my %known = map { $_ => 1 } qw(name version abstract maintainer license provides meta-spec
		description generated_by tags no_index prereqs release_status resources);
	push @p, "unknown key $_" for grep { !$known{$_} && !/^[xX]_./ } sort keys %$m;
	push @p, "name is not a term" unless $str->($m->{name}) && $m->{name} =~ $term;
	push @p, "version is not a semantic version" unless $str->($m->{version}) && $m->{version} =~ $semver;
	push @p, "abstract is empty" unless $str->($m->{abstract});
	my $mt = $m->{maintainer};
	push @p, "maintainer is not a string or a list of strings"
		unless $str->($mt) || (ref $mt eq "ARRAY" && @$mt && !grep { !$str->($_) } @$mt);
	my $l = $m->{license};
	push @p, "license is not one of the spec\x27s names (or a list, or an object of URIs)"
		unless (!ref $l && $licenses{$l // ""}) || (ref $l eq "ARRAY" && @$l && !grep { !$licenses{$_} } @$l)
			|| (ref $l eq "HASH" && %$l && !grep { !m{^https?://} } values %$l);
	my $pv = $m->{provides};
	if (ref $pv ne "HASH" || !%$pv) { push @p, "provides is not an object of extensions" }
	else {
		for my $e (sort keys %$pv) {
			my $x = $pv->{$e};
			push @p, "provides: $e is not a term" unless $e =~ $term;
			if (ref $x ne "HASH") { push @p, "provides: $e is not an object"; next }
			push @p, "provides: $e has no file in the distribution" unless $file->($x->{file});
			push @p, "provides: $e version is not a semantic version" unless $str->($x->{version}) && $x->{version} =~ $semver;
			push @p, "provides: $e docfile is not in the distribution" if exists $x->{docfile} && !$file->($x->{docfile});
			push @p, "provides: $e abstract is empty" if exists $x->{abstract} && !$str->($x->{abstract});
			push @p, "provides: $e has unknown key $_" for grep { !/^(file|version|abstract|docfile)$/ && !/^[xX]_./ } sort keys %$x;
		}
	}
	my $ms = $m->{"meta-spec"};
	push @p, "meta-spec version is not 1.0.x" unless ref $ms eq "HASH" && $str->($ms->{version}) && $ms->{version} =~ /^1\.0\.\d+$/;
	push @p, "meta-spec url is not the spec\x27s" if ref $ms eq "HASH" && exists $ms->{url} && $ms->{url} !~ m{^https?://pgxn\.org/meta/spec\.txt$};
	if (exists $m->{prereqs}) {
		my $pr = $m->{prereqs};
		if (ref $pr ne "HASH") { push @p, "prereqs is not an object" }
		else {
			for my $phase (sort keys %$pr) {
				push @p, "prereqs: unknown phase $phase" unless $phase =~ /^(configure|build|test|runtime|develop)$/;
				for my $rel (sort keys %{ $pr->{$phase} }) {
					push @p, "prereqs: $phase: unknown relationship $rel" unless $rel =~ /^(requires|recommends|suggests|conflicts)$/;
					while (my ($ext, $v) = each %{ $pr->{$phase}{$rel} }) {
						push @p, "prereqs: $phase $rel $ext: $v is not a version" unless "$v" eq "0" || "$v" =~ $semver;
					}
				}
			}
		}
	}
	push @p, "release_status is not stable, testing or unstable"
		if exists $m->{release_status} && ($m->{release_status} // "") !~ /^(stable|testing|unstable)$/;
	if (exists $m->{tags}) {
		my $t = $m->{tags};
		push @p, "tags is not a list of tags"
			unless ref $t eq "ARRAY" && @$t && !grep { !$str->($_) || length > 255 || !/^[^\/\\[:cntrl:]]{2,}$/ } @$t;
	}
	if (exists $m->{resources}) {
		my $r = $m->{resources};
		push @p, "resources: homepage is not a URI" if exists $r->{homepage} && $r->{homepage} !~ m{^https?://};
		push @p, "resources: bugtracker has no web or mailto" if exists $r->{bugtracker}
			&& !grep { exists $r->{bugtracker}{$_} } qw(web mailto);
		push @p, "resources: repository has no url or web" if exists $r->{repository}
			&& !grep { exists $r->{repository}{$_} } qw(url web);
		push @p, "resources: unknown key $_" for grep { !/^(homepage|bugtracker|repository)$/ && !/^[xX]_./ } sort keys %$r;
	}
	print "$_\n" for @p;
	'
}
meta() { perl -MJSON::PP -0777 -ne "my \$m = decode_json(\$_); print $1" META.json 2>/dev/null; }

perl -MJSON::PP -0777 -ne 'decode_json($_)' META.json 2>/dev/null
ok $? "META.json is valid JSON"
is "$(spec_problems 2>&1)" "" "META.json follows the PGXN Meta Spec 1.0.0 (required keys, and the form of each key)"

extension=$(sed -n 's/^EXTENSION *= *//p' Makefile)
default=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$extension.control")
# PGXN versions are semantic versions: default_version 1.1 is 1.1.0.
semver=$(echo "$default" | awk -F. '{ printf "%d.%d.%d", $1, $2, $3 }')
is "$(meta '$m->{name}')" "$extension" "the distribution is named after the extension"
is "$(meta '$m->{version}')" "$semver" "its version is the control file's default_version $default (as $semver)"
is "$(meta 'join " ", sort keys %{$m->{provides}}')" "$extension" "it provides the extension and nothing else"
is "$(meta "\$m->{provides}{$extension}{version}")" "$semver" "the extension it provides is at $semver"
is "$(meta '$m->{prereqs}{runtime}{requires}{PostgreSQL}')" "13.0.0" "it needs PostgreSQL 13 or later at run time"
is "$(meta 'exists $m->{prereqs}{test}{requires}{pgtap} ? "pgtap" : ""')" "pgtap" "its tests need pgTAP"
is "$(meta '$m->{license}')" "postgresql" "its license is the PostgreSQL License, as LICENSE says"
grep -q '^PostgreSQL License' LICENSE
ok $? "LICENSE is the PostgreSQL License"
is "$(sed -n '1s/^[^ ]* (\([^-)]*\)-[^)]*).*/\1/p' debian/changelog)" "$default" \
	"the Debian package's upstream version is $default (debian/changelog)"
is "$(sed -n 's/^Homepage: //p' debian/control.in)" "$(meta '$m->{resources}{repository}{web}')" \
	"the Debian package and META.json name the same repository"

done_testing
