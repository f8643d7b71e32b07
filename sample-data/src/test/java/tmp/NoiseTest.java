package tmp;
import org.junit.jupiter.api.Test;
import org.piu.targeting.sample.*;
import org.piu.targeting.matching.score.MatchScorer;
import org.piu.targeting.matching.watchlist.*;
import java.time.LocalDate;
class NoiseTest {
  @Test void noise() {
    SampleData d = SampleData.generate(SampleData.DEFAULT_SEED, LocalDate.of(2026,11,22));
    MatchScorer scorer = new MatchScorer();
    var entries = d.watchlists().get(0).entries();
    int review=0, alert=0, pairs=0; long t=System.nanoTime();
    for (var f : d.flights()) for (var p : f.manifest().passengers()) {
      PersonQuery q = new PersonQuery(p.id(), null, p.surname(), p.givenNames(), DateOfBirth.of(p.dateOfBirth().getYear(), p.dateOfBirth().getMonthValue(), p.dateOfBirth().getDayOfMonth()), Gender.parse(p.gender()), p.nationality(), null, null);
      for (var e : entries) { pairs++; double s = scorer.score(q, e).score();
        if (s >= 0.70) { boolean planted = e.entryId().startsWith("SMP-W");
          if (!planted) System.out.println(f.key()+" "+p.surname()+" "+p.givenNames()+" "+p.dateOfBirth()+" ~ "+e+" "+s);
          if (s>=0.86) alert++; else review++; } }
    }
    System.out.println("pairs="+pairs+" review="+review+" alert="+alert+" ms="+(System.nanoTime()-t)/1e6);
  }
}
