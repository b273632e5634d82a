package dev.ssprpreflight.web;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ParameterDeclaration;
import io.quarkus.qute.SectionNode;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.Variant;

/**
 * A message of a bundle as a Qute template that is parsed when it is first used ({@link MessagesParsedOnFirstUse}),
 * once, whichever thread comes first; everything but its id is the parsed template's.
 */
final class MessageTemplate implements Template {

    private final Engine engine;
    private final String id;
    private final String content;
    private volatile Template parsed;

    MessageTemplate(Engine engine, String id, String content) {
        this.engine = engine;
        this.id = id;
        this.content = content;
    }

    /**
     * The message parsed by the engine's parser and its hooks, under the message's id, as Quarkus parses it, but
     * for its source: {@link Engine#parse} takes none, so a failure names the id without the bundle method's URI
     * (the build has parsed every message already, so none is expected).
     */
    Template parsed() {
        Template template = parsed;
        if (template == null) {
            synchronized (this) {
                template = parsed;
                if (template == null) {
                    template = engine.parse(content, null, id);
                    parsed = template;
                }
            }
        }
        return template;
    }

    boolean isParsed() {
        return parsed != null;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public TemplateInstance instance() {
        return parsed().instance();
    }

    @Override
    public List<Expression> getExpressions() {
        return parsed().getExpressions();
    }

    @Override
    public Expression findExpression(Predicate<Expression> predicate) {
        return parsed().findExpression(predicate);
    }

    @Override
    public String getGeneratedId() {
        return parsed().getGeneratedId();
    }

    @Override
    public Optional<Variant> getVariant() {
        return parsed().getVariant();
    }

    @Override
    public List<ParameterDeclaration> getParameterDeclarations() {
        return parsed().getParameterDeclarations();
    }

    @Override
    public Fragment getFragment(String fragmentId) {
        return parsed().getFragment(fragmentId);
    }

    @Override
    public Set<String> getFragmentIds() {
        return parsed().getFragmentIds();
    }

    @Override
    public List<TemplateNode> getNodes() {
        return parsed().getNodes();
    }

    @Override
    public Collection<TemplateNode> findNodes(Predicate<TemplateNode> predicate) {
        return parsed().findNodes(predicate);
    }

    @Override
    public SectionNode getRootNode() {
        return parsed().getRootNode();
    }

    @Override
    public Optional<URI> getSource() {
        return parsed().getSource();
    }

    @Override
    public String toString() {
        return "Message template " + id + (isParsed() ? "" : " (not parsed yet)");
    }
}
