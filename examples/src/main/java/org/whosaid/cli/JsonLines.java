package org.whosaid.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.whosaid.link.CorpusActor;
import org.whosaid.model.Actor;
import org.whosaid.model.ActorKey;
import org.whosaid.model.Claim;
import org.whosaid.model.Cue;
import org.whosaid.model.Speaker;
import org.whosaid.model.Statement;

/** Writes results as the JSON Lines of {@code shared/CONTRACT.md}. */
final class JsonLines {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLines() {}

  /** One {@code extract} line for a statement of the article known as {@code articleName}. */
  static String statement(String articleName, Statement s) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("article", articleName);
      g.writeStringField("language", s.language());
      g.writeStringField("type", s.type().name());
      g.writeStringField("content", s.content());
      g.writeNumberField("start", s.span().start());
      g.writeNumberField("end", s.span().end());
      Optional<Speaker> sp = s.speaker();
      if (sp.isPresent()) {
        Speaker speaker = sp.get();
        Actor a = speaker.actor();
        g.writeObjectFieldStart("speaker");
        g.writeStringField("name", a.name());
        g.writeStringField("mention", speaker.mention());
        g.writeNumberField("mentionStart", speaker.mentionSpan().start());
        g.writeNumberField("mentionEnd", speaker.mentionSpan().end());
        g.writeStringField("type", a.type().name());
        g.writeStringField("role", a.role().orElse(null));
        g.writeStringField("key", a.key().value());
        g.writeEndObject();
      } else {
        g.writeNullField("speaker");
      }
      Optional<Cue> cue = s.cue();
      g.writeStringField("cue", cue.map(Cue::text).orElse(null));
      if (cue.isPresent()) {
        g.writeNumberField("cueStart", cue.get().span().start());
        g.writeNumberField("cueEnd", cue.get().span().end());
      } else {
        g.writeNullField("cueStart");
        g.writeNullField("cueEnd");
      }
      g.writeStringField("stance", s.stance().name());
      g.writeEndObject();
    });
  }

  /** One {@code actors} line. */
  static String actor(CorpusActor a) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("key", a.key().value());
      g.writeStringField("name", a.name());
      g.writeStringField("type", a.type().name());
      g.writeArrayFieldStart("aliases");
      for (CorpusActor.Alias al : a.aliases()) {
        g.writeStartObject();
        g.writeStringField("form", al.form());
        g.writeStringField("language", al.language());
        g.writeNumberField("count", al.count());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("articles");
      for (String id : a.articles()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeNumberField("statements", a.statements());
      g.writeEndObject();
    });
  }

  /** One {@code claims} line. */
  static String claim(Claim c) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("summary", c.summary());
      g.writeArrayFieldStart("actors");
      for (ActorKey k : c.actors()) {
        g.writeString(k.value());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("languages");
      for (String l : c.languages()) {
        g.writeString(l);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("statements");
      for (Claim.Member m : c.statements()) {
        Statement s = m.statement();
        g.writeStartObject();
        g.writeStringField("article", s.articleId());
        g.writeNumberField("start", s.span().start());
        g.writeNumberField("end", s.span().end());
        g.writeStringField("language", s.language());
        g.writeStringField("stance", m.stance().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static String write(Body body) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
