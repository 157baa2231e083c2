//! How far one fetch may reach. The address given decides: one on the reader's own
//! network (a NAS, an intranet wiki, a printer's page, `localhost`) is theirs to clip, and
//! so is wherever it redirects; a fetch that starts on the internet never reaches into the
//! local network, neither by a redirect nor by a name that resolves there (DNS
//! rebinding). Otherwise a page, or an item of a feed, could make Clipline send requests
//! to the reader's router or to a cloud metadata address. An item of a feed on the
//! internet is fetched as from the internet whatever its own address says
//! ([`Reach::Internet`]).
//!
//! The address ranges are written out by hand: std's `Ipv6Addr::is_unique_local` and
//! `is_global` are not stable, and no well-kept crate does only this.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// Where a fetch may go.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Reach {
    /// The address given decides (see the module).
    #[default]
    AsGiven,
    /// The internet only, whatever the address (an item of a feed on the internet).
    Internet,
}

/// Whether `ip` is this machine or the local network: loopback, private, link-local,
/// shared (carrier-grade NAT), unique-local, unspecified or broadcast, also as IPv4
/// inside IPv6.
pub fn is_local_ip(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_local_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_local_v4(v4);
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || first & 0xfe00 == 0xfc00 // unique local, fc00::/7
                || first & 0xffc0 == 0xfe80 // link-local, fe80::/10
                || first & 0xffc0 == 0xfec0 // site-local (deprecated), fec0::/10
        }
    }
}

fn is_local_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || a == 0 // "this network", 0.0.0.0/8
        || (a == 100 && (64..128).contains(&b)) // shared address space, 100.64.0.0/10
}

/// What `url`'s host says without a lookup: `Some(true)` for a local address or a
/// `localhost` name, `Some(false)` for another address, `None` for a name.
pub fn local_host(url: &Url) -> Option<bool> {
    match url.host()? {
        Host::Ipv4(ip) => Some(is_local_ip(ip.into())),
        Host::Ipv6(ip) => Some(is_local_ip(ip.into())),
        Host::Domain(name) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            (name == "localhost" || name.ends_with(".localhost")).then_some(true)
        }
    }
}

/// Whether a fetch of `url`, as given, starts on the local network: its host is a local
/// address or `localhost`, or its name resolves to a local address. A name that does not
/// resolve counts as the internet (the fetch then fails on it anyway).
pub async fn starts_local(url: &Url) -> bool {
    if let Some(local) = local_host(url) {
        return local;
    }
    let Some(host) = url.host_str() else {
        return false;
    };
    let port = url.port_or_known_default().unwrap_or(80);
    match tokio::net::lookup_host((host, port)).await {
        Ok(mut addrs) => addrs.any(|a| is_local_ip(a.ip())),
        Err(_) => false,
    }
}

/// Why a fetch that must stay on the internet stopped: carried through reqwest's error
/// as its source (from the resolver or the redirect policy).
#[derive(Debug)]
pub(super) struct LeadsInside;

impl fmt::Display for LeadsInside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the address is on the local network")
    }
}

impl std::error::Error for LeadsInside {}

/// The system's resolver, keeping internet addresses only (see the module).
pub(super) struct InternetOnly;

impl Resolve for InternetOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| !is_local_ip(a.ip()))
                .collect();
            if addrs.is_empty() {
                return Err(Box::new(LeadsInside) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn local_addresses_are_told_from_the_internet() {
        for local in [
            "127.0.0.1",
            "127.8.9.10",
            "10.0.0.1",
            "172.16.5.4",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "::1",
            "::",
            "fd12:3456::1",
            "fe80::1",
            "::ffff:192.168.1.1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_local_ip(local.parse().unwrap()), "{local} is local");
        }
        for public in [
            "93.184.216.34",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(!is_local_ip(public.parse().unwrap()), "{public} is public");
        }
    }

    #[test]
    fn the_host_of_an_address_says_what_it_can_without_a_lookup() {
        assert_eq!(local_host(&url("http://192.168.1.1/reboot")), Some(true));
        assert_eq!(local_host(&url("http://[::1]:8080/")), Some(true));
        assert_eq!(local_host(&url("http://LOCALHOST./")), Some(true));
        assert_eq!(local_host(&url("http://app.localhost/")), Some(true));
        assert_eq!(local_host(&url("http://8.8.8.8/")), Some(false));
        assert_eq!(local_host(&url("https://news.example/story")), None);
    }

    #[tokio::test]
    async fn a_fetch_starts_local_on_a_local_address_or_a_name_that_resolves_there() {
        assert!(starts_local(&url("http://127.0.0.1:9/")).await);
        assert!(starts_local(&url("http://localhost:9/")).await);
        assert!(!starts_local(&url("http://8.8.8.8/")).await);
        // No lookup answers for the reserved .invalid: counted as the internet.
        assert!(!starts_local(&url("http://nowhere.invalid/")).await);
    }
}
