package org.silta.app.shared;

import java.sql.SQLException;
import java.util.List;
import org.postgresql.util.PGobject;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import tools.jackson.databind.json.JsonMapper;

/** Value types stored as PostgreSQL jsonb columns by Spring Data JDBC. */
@Configuration(proxyBeanMethods = false)
class JsonColumns extends AbstractJdbcConfiguration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected List<?> userConverters() {
        return List.of(new WriteLocalized(), new ReadLocalized(), new WriteAnswers(), new ReadAnswers());
    }

    static PGobject jsonb(Object value) {
        try {
            var object = new PGobject();
            object.setType("jsonb");
            object.setValue(JSON.writeValueAsString(value));
            return object;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @WritingConverter
    static final class WriteLocalized implements Converter<LocalizedText, PGobject> {
        @Override
        public PGobject convert(LocalizedText source) {
            return jsonb(source);
        }
    }

    @WritingConverter
    static final class WriteAnswers implements Converter<Answers, PGobject> {
        @Override
        public PGobject convert(Answers source) {
            return jsonb(source);
        }
    }

    @ReadingConverter
    static final class ReadLocalized implements Converter<PGobject, LocalizedText> {
        @Override
        public LocalizedText convert(PGobject source) {
            return JSON.readValue(source.getValue(), LocalizedText.class);
        }
    }

    @ReadingConverter
    static final class ReadAnswers implements Converter<PGobject, Answers> {
        @Override
        public Answers convert(PGobject source) {
            return JSON.readValue(source.getValue(), Answers.class);
        }
    }
}
