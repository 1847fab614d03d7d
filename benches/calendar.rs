//! `cargo bench --bench calendar`: times working-day counts that cross into a year without a
//! holiday notice (its statutory holidays computed), the statutory holidays of 2025–2100, and
//! the deadlines of a packet of 333 complaints and their `deadlines.ics`. Prints the median
//! of several runs.

use std::time::{Duration, Instant};

use takedown::calendar::{statutory, Calendar};
use takedown::deadlines::{self, Complaint};
use takedown::model::{Bilingual, Date, Platform};
use takedown::platform::Profiles;

const RUNS: usize = 7;

fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[RUNS / 2]
}

fn main() {
    let calendar = Calendar::builtin();
    let start = Date::new(2026, 12, 1).expect("valid date");
    let counts = median(|| {
        for n in 0..1_000u32 {
            std::hint::black_box(calendar.add_working_days(start, 20 + n % 40));
        }
    });
    println!("1,000 working-day counts into 2027 (no notice): {counts:?}");

    let years = median(|| {
        for year in 2025..=2100u16 {
            std::hint::black_box(statutory::holidays(year));
        }
    });
    println!("statutory holidays of 2025-2100 (76 years): {years:?}");

    let profiles = Profiles::builtin();
    let jd = profiles.of(Platform::Jd);
    let ids: Vec<String> = (0..333).map(|i| format!("complaint-jd-R{i}")).collect();
    let names: Vec<Bilingual> = (0..333)
        .map(|i| Bilingual::new(format!("trademark No. {i}"), format!("第{i}号注册商标")))
        .collect();
    let complaints: Vec<Complaint> = ids
        .iter()
        .zip(&names)
        .map(|(id, name)| Complaint {
            id,
            name,
            profile: jd,
        })
        .collect();
    let mut all = Vec::new();
    let packet = median(|| {
        all = deadlines::for_packet(calendar, "C001", start, 10, &complaints);
    });
    println!(
        "deadlines of a packet of 333 complaints ({} deadlines): {packet:?}",
        all.len()
    );
    let mut bytes = 0;
    let ics = median(|| bytes = deadlines::to_ics(&all, start).len());
    println!("to_ics of {} deadlines ({bytes} bytes): {ics:?}", all.len());
}
