package org.gridgov.jurisdiction;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * A grid layer of a city's catalogue (多网合一: party, safety, city-management and health grids unified into
 * one grid that serves every layer; Jilin's four nets 党建网、平安网、民生网、企业网).
 *
 * @param id   the layer's id
 * @param name its display name
 */
public record Layer(LayerId id, Bilingual name) {
    public Layer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
